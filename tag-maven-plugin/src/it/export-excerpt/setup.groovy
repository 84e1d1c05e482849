// The real excerpt, and a copy of it cut off inside a flow list.
def excerpt = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text
new File(basedir, 'tags.yaml').text = excerpt
new File(basedir, 'broken').mkdirs()
new File(basedir, 'broken/tags.yaml').text = excerpt.readLines().take(12).join('\n') + '\n    company: [unclosed\n'
true
