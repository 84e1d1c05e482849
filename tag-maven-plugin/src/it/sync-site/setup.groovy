// The real excerpt (June 2026) and, beside it, a checkout of the CNCF website with the hand-kept
// TAG Infrastructure page (August 2026), which has the tech leads elected in July.
new File(basedir, 'tags.yaml').bytes = new File(projectRoot, 'examples/cncf-toc/tags.yaml').bytes
def page = new File(basedir, 'website/docs/community/tags/infrastructure/index.md')
page.parentFile.mkdirs()
page.bytes = new File(projectRoot, 'tag-pages/src/test/resources/contribute-site/infrastructure/index.md').bytes
new File(basedir, '.git').mkdirs()
true
