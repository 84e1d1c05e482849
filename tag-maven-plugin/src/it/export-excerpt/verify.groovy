// The document and its schema in target/tag/; the printed document starts its lines itself (no
// log prefix, under every Maven); the broken file stops the export at its line.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def export = new File(basedir, 'target/tag/tag-export.json')
assert export.isFile()
assert new File(basedir, 'target/tag/tag-export.schema.json').text.contains('"$id": "https://tagkit.github.io/schema/tag-export/v1.json"')
def document = new JsonSlurper().parse(export)
assert document.files == [[file: 'tags.yaml', layout: 'registry']]
def tags = document.groups.findAll { it.kind == 'tag' }
assert tags*.dir == ['tag-infrastructure', 'tag-operational-resilience', 'tag-workloads-foundation']
def chairs = tags[0].people.findAll { it.role == 'chair' }
assert chairs*.github == ['GenPage', 'kashifest', 'xing-yang']
assert chairs[0].source == [file: 'tags.yaml', pointer: '/tags/0/leadership/chairs/0', line: 10, column: 11,
    lines: [github: 10, name: 12, term: 15, 'term/start': 16, 'term/end': 17]]
assert document.groups.find { it.dir == 'batch' }.parent == 'tag-workloads-foundation'
assert log.contains('Wrote ' + export.path + ' (1 file(s)); its schema: ')
// Printed: the same document, each line as it is.
// (Maven 3.8 writes a terminal reset code on standard output too, and so before the document.)
def lines = log.readLines()
def start = lines.findIndexOf { it.replaceAll('\u001B\\[[0-9;]*m', '') == '{' }
assert start >= 0
assert lines[start + 1] == '  "$schema" : "https://tagkit.github.io/schema/tag-export/v1.json",'
assert !log.contains('[stdout]')
// The broken copy: one error at its line, and the command that shows every problem.
assert log.contains('broken/tags.yaml:14:1: malformed YAML')
assert log.contains("to see every problem")
true
