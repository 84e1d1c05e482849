// The same assertions as the serial build: -T 2 must give exactly its result.
evaluate(new File(basedir, '../reactor-serial/verify.groovy'))
