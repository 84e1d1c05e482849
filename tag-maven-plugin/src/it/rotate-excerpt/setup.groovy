// The real excerpt, whose tech lead terms ended on 2026-06-30.
new File(basedir, 'tags.yaml').bytes = new File(projectRoot, 'examples/cncf-toc/tags.yaml').bytes
new File(basedir, '.git').mkdirs()
true
