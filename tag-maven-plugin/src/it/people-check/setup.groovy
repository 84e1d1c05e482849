// The real excerpt in a repository of its own, and beside it a checkout of cncf/people with the
// real excerpt of its config.yaml (the tag-leads team).
new File(basedir, 'toc/tags.yaml').with { parentFile.mkdirs(); bytes = new File(projectRoot, 'examples/cncf-toc/tags.yaml').bytes }
new File(basedir, 'toc/.git').mkdirs()
new File(basedir, 'people/config.yaml').with { parentFile.mkdirs(); bytes = new File(projectRoot, 'tag-pages/src/test/resources/cncf-people/config.yaml').bytes }
new File(basedir, 'people/.git').mkdirs()
true
