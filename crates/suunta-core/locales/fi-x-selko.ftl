### Suunta selkosuomeksi: the questionnaire in plain Finnish.
###
### Only the messages that need a plain version are here; the rest are shown as in fi.ftl.
### Written after Selkokeskus's guidance: short sentences, common words, one thing per
### sentence, the reader addressed as "sinä".

## The questionnaire

question-title-situation = Mitä teet nyt?
question-title-needs = Missä asiassa tarvitset apua?
question-title-reach = Miten haluat ottaa yhteyttä?
question-title-service-lang = Millä kielellä haluat puhua?
question-hint-age = Kirjoita ikäsi numeroilla. Esimerkiksi 19.
question-hint-municipality = Kirjoita kunnan nimi. Valitse sitten kunta listasta.
question-hint-situation = Valitse yksi. Valitse se, joka sopii sinulle parhaiten.
question-hint-needs = Voit valita monta asiaa.
question-hint-reach = Näytämme ensin palvelut, joihin voit ottaa yhteyttä näin.
question-hint-service-lang = Näytämme ensin palvelut, joissa puhutaan tätä kieltä.
situation-other = Jokin muu tilanne
need-work = Haluan löytää työn
need-study = Haluan löytää opiskelupaikan
need-career = Mietin, mitä työtä voisin tehdä
need-money = Raha-asiat ja velat
need-housing = Tarvitsen asunnon
need-wellbeing = Voin huonosti tai haluan puhua jonkun kanssa
need-everyday = Arjen asiat ja lomakkeet
need-integration = Olen muuttanut Suomeen ja tarvitsen apua
reach-visit = Haluan käydä paikan päällä
reach-phone = Haluan soittaa
reach-online = Haluan käyttää chattia tai nettiä
progress = Kysymys { $current }. Kysymyksiä on { $total }.
label-check-your-answers = Tarkista vastaukset

## Problems with an answer

problem-missing = Et valinnut mitään. Valitse yksi vaihtoehto.
problem-age-not-a-number = Kirjoita ikä numeroilla. Esimerkiksi 19.
problem-age-out-of-range = Tarkista ikä. Ikä voi olla 0–120 vuotta.
problem-unknown-municipality = Emme löytäneet kuntaa. Valitse kunta listasta.
problem-not-an-option = Valitse yksi vaihtoehto listasta.
