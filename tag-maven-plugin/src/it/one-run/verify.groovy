// All five planted mistakes in one run, each at its place; the TAG with the tab and the empty name
// is still checked (its two ended terms are found); the unreadable term gets no second finding.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] tags.yaml:3:10: [wrong-type] 'name' must be text, not empty")
assert log.contains('[ERROR] tags.yaml:7:1: [yaml-syntax] a tab in the indentation: YAML indents with spaces only; indent this line with 4 spaces (the rest of the file is checked as if it were)')
assert log.contains("[ERROR] tags.yaml:144:20: [invalid-format] 'start' is '2025-07-32', which is not a date (YYYY-MM-DD): July 2025 has 31 days")
assert log.contains("[ERROR] tags.yaml:169:7: [unknown-key] unknown key 'mailing_lst' in /tags/1/contact; did you mean 'mailing_list'?")
assert log.contains("[ERROR] tags.yaml:309:9: [unknown-key] unknown key 'lable' in /tags/2/tag_subprojects/0; did you mean 'label'?")
assert log.contains('[ERROR] tags.yaml:58:13: [term-expired] tech lead term of Bruno Schaatsbergen (@bschaatsbergen)')
assert log.contains('[ERROR] tags.yaml:66:13: [term-expired] tech lead term of Nicholas Jackson (@nicholasjackson)')
assert !log.contains('[term-expired] tech lead term of Raffaele Spazzoli')
assert log.contains("[INFO] tags.yaml:3:5: [rules-skipped] governance rules ran on /tags/0 with 'tag-infrastructure' for its missing name; none of them checked it")
assert log.contains('TAG metadata check failed: 15 errors, 5 warnings (failOn=error).')
true
