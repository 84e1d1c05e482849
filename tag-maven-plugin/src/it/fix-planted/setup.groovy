// The excerpt with a misspelled key with one close match (lfxid), another (mailing_lst), a
// meeting recurrence whose time zone is an abbreviation with one IANA id (PST), and trailing
// spaces. The correct file
// is kept beside it to compare with.
def excerpt = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text
def meeting = '      - description: TAG Infrastructure Meetings\n'
assert excerpt.contains(meeting)
def correct = excerpt.replace(meeting, meeting
    + '        recurrence:\n'
    + '          frequency: weekly\n'
    + '          day: thursday\n'
    + '          time: "16:00"\n'
    + '          time_zone: America/Los_Angeles\n')
new File(basedir, 'correct.yaml.txt').text = correct
def planted = correct
    .replaceFirst('          lfx_id:\n', '          lfxid:\n')
    .replaceFirst('      mailing_list: ', '      mailing_lst: ')
    .replace('          time_zone: America/Los_Angeles\n', '          time_zone: PST\n')
    .replaceFirst('    name: TAG Infrastructure\n', '    name: TAG Infrastructure   \n')
assert planted != correct
new File(basedir, 'tags.yaml').text = planted
new File(basedir, 'planted.yaml.txt').text = planted
new File(basedir, '.git').mkdirs()
true
