// The excerpt, and a checkout of the CNCF website beside it with today's hand-kept TAG
// Infrastructure page (tag-pages' copy of the real page).
def example = new File(projectRoot, 'examples/cncf-toc')
new File(basedir, 'tags.yaml').bytes = new File(example, 'tags.yaml').bytes
def page = new File(basedir, 'website/docs/community/tags/infrastructure/index.md')
page.parentFile.mkdirs()
page.bytes = new File(projectRoot, 'tag-pages/src/test/resources/contribute-site/infrastructure/index.md').bytes
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
