// The sync brought the website's newer tech leads in, once; the registry then agrees with the page.
def log = new File(basedir, 'build.log').text
def tags = new File(basedir, 'tags.yaml').text
def original = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text

// 1. the dry run: what it would do and the diff, nothing written
assert log.contains('[INFO] TAG Infrastructure: added tech lead @mesutoezdil (Mesut Özdil), term 2026-07-07 to 2028-07-06, from the website')
assert log.contains('[INFO] TAG Infrastructure: tech lead @bschaatsbergen (Bruno Schaatsbergen) is emeritus, no longer on the website\'s page')
assert log.contains('+      slack_channel: tag-infrastructure')
assert log.contains('[INFO] Not written: add -Dtag.apply=true to write it')

// 2. written: the new tech leads where the page has them, the others emeritus, comments kept
assert log.contains('[INFO] Updated tags.yaml')
assert tags.contains('        - github: aojea\n')
assert tags.contains('        - github: mesutoezdil\n          name: Mesut Özdil\n          term:\n            start: "2026-07-07"\n            end: "2028-07-06"\n        - github: thschue\n          name: Thomas Schuetz\n          company: TSC Labs\n')
assert tags.contains('      emeritus_leads:\n        - github: bschaatsbergen\n')
original.readLines().findAll { it.contains('#') }.each { assert tags.contains(it) }

// 3. a second sync changes nothing
assert log.contains('[INFO] tags.yaml has everything the website\'s pages have newer')

// 4. validation finds no drift between the page and the registry
assert !log.contains('[site-page-drift]')

// 5. without -Dtag.site
assert log.contains('tag.site') && log.contains('name the website\'s TAG pages: -Dtag.site=<contribute-site>/docs/community/tags')
true
