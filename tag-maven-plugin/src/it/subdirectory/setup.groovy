// The repository's root holds .git; its pom and metadata are in site/.
new File(basedir, '.git').mkdirs()
true
