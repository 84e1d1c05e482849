// The real excerpt, from its one copy in the examples, with five mistakes planted.
def text = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text
text = text.replaceFirst('\n    name: TAG Infrastructure\n', '\n    name:\n')
    .replaceFirst('\n    label: tag-infrastructure\n', '\n\tlabel: tag-infrastructure\n')
    .replaceFirst('\n      mailing_list: https://lists.cncf.io/g/cncf-tag-operational-resilience',
        '\n      mailing_lst: https://lists.cncf.io/g/cncf-tag-operational-resilience')
    .replaceFirst(/(raffaelespazzoli[\s\S]*?start: )"2025-07-02"/, '$1"2025-07-32"')
    .replaceFirst('\n        name: Batch\n', '\n        name: Batch\n        lable: batch\n')
new File(basedir, 'tags.yaml').text = text
new File(basedir, '.git').mkdirs()
true
