### Suunta selkosuomeksi: the screens' own texts in plain Finnish.
###
### Only the messages that need a plain version are here; the rest are shown as in fi.ftl.

app-heading = Löydä paikka, josta saat apua
