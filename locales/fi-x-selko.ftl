### Suunta selkosuomeksi: the page's own texts in plain Finnish.
###
### Only the messages that need a plain version are here; the rest are shown as in fi.ftl.
### Written after Selkokeskus's guidance: short sentences, common words, one thing per
### sentence, the reader addressed as "sinä".

heading = Löydä paikka, josta saat apua
intro = Vastaa muutamaan kysymykseen. Sitten näet, mistä saat apua. Vastauksesi eivät lähde tältä laitteelta.
start-asks-about-you = Kysymme ikääsi ja kotikuntaasi. Kysymme myös, mitä teet nyt.
start-asks-help = Kysymme, millaista apua tarvitset.
start-not-sure = Jos et halua vastata, voit ohittaa kysymyksen.
privacy-note = Emme lähetä vastauksiasi minnekään. Emme tallenna niitä.
loading = Haemme tietoja palveluista…
load-failed-heading = Emme saaneet tietoja palveluista
load-failed-body = Tarkista, että netti toimii. Yritä sitten uudelleen. Vastauksesi ovat tallessa.
use-my-location = Etsi kunta sijaintini avulla
location-stays-here = Käytämme sijaintiasi vain tällä laitteella. Etsimme sen avulla lähimmän kunnan.
location-denied = Emme saaneet sijaintiasi, koska et antanut lupaa. Kirjoita kunnan nimi.
why-listed = Miksi tämä palvelu sopii sinulle
no-services = Emme löytäneet sopivia palveluja.
filters = Näytä vain osa palveluista
take-along = Ota tiedot mukaan
scan-to-take-along = Lue koodi puhelimen kameralla. Samat palvelut aukeavat puhelimeesi. Koodissa on vain vastauksesi.
