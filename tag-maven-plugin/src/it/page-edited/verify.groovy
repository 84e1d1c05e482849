// A generated page edited by hand fails the check at the edited line, with a diff and the fix.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] README.md:19:1: [page-out-of-date] README.md is out of date with tag.yaml; run 'mvn tag:generate' to regenerate it (hand edits belong in tag.yaml or between the CUSTOM CONTENT markers):")
assert log.contains('--- README.md\n+++ README.md (generated)\n@@ -17,5 +17,5 @@')
assert log.contains('\n-- **Recordings**: Ask the chairs\n+- **Recordings**: Available on the [YouTube Channel](https://www.youtube.com/@CNCFTAGExample)\n')
assert log.contains('TAG metadata check failed: 1 error, 0 warnings (failOn=error).')
true
