// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
