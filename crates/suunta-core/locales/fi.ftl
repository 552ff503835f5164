### Suunta: suomeksi

## Reasons, notes and problems

serves-needs = Auttaa: { $needs }

ohjaamo-for-young = Ohjaamo on alle 30-vuotiaille: apua moneen asiaan samasta paikasta, eikä sinun tarvitse tietää etukäteen, mitä tarvitset.

own-employment-area = Oman työllisyysalueesi palvelut työnhakijalle

study-counselling = Opinto-ohjausta opiskelupaikan valintaan

serves-in-language = Palvelee kielellä: { $language }

visit-exact = Käyntipaikka noin { $km } km:n päässä kuntasi keskustasta

visit-municipality-centre = Käyntipaikan kunnan keskusta on noin { $km } km:n päässä kuntasi keskustasta

visit-in-own-municipality = Käyntipaikka omassa kunnassasi

open-now = Auki nyt

opens-soon = Aukeaa pian

urgent-help = Apua heti

someone-to-talk-to = Voit puhua jonkun kanssa puhelimessa tai chatissa

nothing-matched-exactly = Mikään palvelu ei vastannut vastauksiasi täsmälleen, mutta nämä voivat silti auttaa.

national-only = Kunnastasi ei löytynyt tähän sopivaa paikallista palvelua. Nämä valtakunnalliset palvelut auttavat kaikkialla Suomessa.

unknown-key = Linkissä oli kohta, jota emme tunnista (”{ $key }”), joten jätimme sen pois.

bad-value = Emme ymmärtäneet vastausta ”{ $value }” kohdassa { $label }, joten jätimme sen pois. Voit vastata uudelleen.

repeated-key = Linkissä oli { $label } kahdesti, joten käytimme ensimmäistä.

unreadable = Osaa linkistä ei voitu lukea, joten jätimme sen pois.

query-key-lang = sivun kieli

query-key-plain = selkosuomi

query-key-urgent = apua heti

query-key-age = ikä

query-key-municipality = kunta

query-key-situation = tilanne

query-key-needs = avun tarve

query-key-reach = yhteydenottotapa

query-key-service-lang = asiointikieli

query-key-edit = muutettava kysymys

query-key-done = tulokset

query-key-only = tulosten rajaus

query-key-service = palvelu

query-key-embed = upottava sivusto

query-key-audience = kohderyhmä

query-key-preset-municipality = valmiiksi valittu kunta

query-key-preset-region = valmiiksi valittu maakunta

query-key-accent = teemaväri

query-key-compact = tiivis näkymä

query-key-kiosk = kioskitila

query-key-kiosk-here = tämä palvelupiste

query-key-kiosk-idle = kioskin odotusaika

query-key-kiosk-text = kioskin tekstikoko

query-key-browse = selattava luettelo

query-key-region = maakunnan yleiskuva

query-key-q = hakusana

need-phrase-work = työnhaku

need-phrase-study = opiskelu ja opintojen valinta

need-phrase-career = urasuunnittelu

need-phrase-money = raha-asiat ja tuet

need-phrase-housing = asuminen

need-phrase-wellbeing = jaksaminen ja hyvinvointi

need-phrase-everyday = arjen asiat

need-phrase-integration = kotoutuminen Suomeen

need-phrase-unsure = kun et tiedä, mitä apua tarvitset

reach-phrase-visit = Voit asioida paikan päällä

reach-phrase-phone = Voit soittaa

reach-phrase-online = Voit asioida verkossa tai chatissa

language-fi = suomi

language-sv = ruotsi

language-en = englanti

problem-missing = Valitse vaihtoehto tai ”En osaa sanoa”.

problem-age-not-a-number = Kirjoita ikä numeroina, esimerkiksi 19.

problem-age-out-of-range = Ikä voi olla 0–120 vuotta.

problem-unknown-municipality = Emme löytäneet tätä kuntaa. Valitse kunta listasta.

problem-not-an-option = Valitse jokin annetuista vaihtoehdoista.

## The questionnaire

question-title-age = Kuinka vanha olet?

question-title-municipality = Missä kunnassa asut?

question-title-situation = Mikä on tilanteesi nyt?

question-title-needs = Mihin tarvitset apua? Voit valita useita.

question-title-reach = Miten haluaisit asioida?

question-title-service-lang = Millä kielellä haluat palvelua?

question-hint-age = Kirjoita ikäsi vuosina, esimerkiksi 19.

question-hint-municipality = Kirjoita kunnan nimi suomeksi tai ruotsiksi ja valitse se listasta.

question-hint-situation = Valitse se, joka kuvaa tilannettasi parhaiten.

question-hint-needs = Valitse kaikki, jotka sopivat.

question-hint-reach = Näytämme ensin palvelut, joihin saat yhteyden näin.

question-hint-service-lang = Näytämme ensin palvelut, jotka palvelevat tällä kielellä.

rather-not-say = En halua kertoa

no-preference = Ei väliä

not-sure-situation = En osaa sanoa

situation-studying = Opiskelen

situation-working = Olen töissä

situation-looking-for-work = Etsin työtä

situation-neither = En opiskele enkä ole töissä

situation-other = Jokin muu

need-work = Työn löytäminen

need-study = Opiskelupaikan valinta ja haku

need-career = Urasuunnittelu ja osaamisen tunnistaminen

need-money = Raha, tuet ja velat

need-housing = Asunnon löytäminen ja muutto

need-wellbeing = Jaksaminen ja joku, jolle puhua

need-everyday = Arjen asiat, asiointi ja lomakkeet

need-integration = Kotoutuminen Suomeen

need-unsure = En tiedä, mitä apua tarvitsen

reach-visit = Käyn paikan päällä

reach-phone = Puhelimessa

reach-online = Chatissa tai verkossa

progress = Kysymys { $current }/{ $total }

label-next = Jatka

label-back = Takaisin

label-check-your-answers = Tarkista vastauksesi

label-change = Muuta

label-show-results = Näytä palvelut

label-start-again = Aloita alusta

label-help-right-now = Tarvitsen apua heti

## Kinds of services and channels

service-kind-ohjaamo = Ohjaamo

service-kind-employment = Työllisyyspalvelut

service-kind-education = Koulutus ja opiskelu

service-kind-career = Uraohjaus

service-kind-youth-work = Nuorisotyö

service-kind-helpline = Auttava puhelin tai chat

service-kind-crisis = Kriisiapu

service-kind-benefits = Etuudet

service-kind-other = Muu palvelu

channel-kind-visit = Käyntiosoite

channel-kind-phone = Puhelin

channel-kind-sms = Tekstiviesti

channel-kind-whatsapp = WhatsApp

channel-kind-chat = Chat

channel-kind-web = Verkkosivu

channel-kind-email = Sähköposti

access-walk-in = Ei ajanvarausta

access-appointment = Vain ajanvarauksella

access-walk-in-and-appointment = Ilman ajanvarausta tai ajanvarauksella

## Opening hours

hours-by-appointment = Ajanvarauksella

hours-always-open = Auki ympäri vuorokauden

hours-open = Auki

hours-open-until = Auki { $when } asti

hours-opens = Aukeaa { $when }

hours-closed-for-now = Suljettu toistaiseksi: ei aukeamisaikaa seuraavan kahden viikon aikana

hours-closed-today = Suljettu tänään

hours-closed-today-because = Suljettu tänään ({ $why })

hours-may-differ-today = Tänään on { $holiday }: aukiolo voi poiketa

hours-may-be-closed-then = { $holiday }: voi olla suljettu

hours-at = klo { $time }

# The time alone, for today: English needs no "at" ("until 16:00").
hours-until-time = klo { $time }

hours-today = tänään

hours-tomorrow = huomenna

hours-until-tomorrow = huomiseen

hours-on-date = { $date }

hours-until-date = { $date }

hours-closed = suljettu

## Weekdays

weekday-mon = maanantai

on-weekday-mon = maanantaina

until-weekday-mon = maanantaihin

weekday-tue = tiistai

on-weekday-tue = tiistaina

until-weekday-tue = tiistaihin

weekday-wed = keskiviikko

on-weekday-wed = keskiviikkona

until-weekday-wed = keskiviikkoon

weekday-thu = torstai

on-weekday-thu = torstaina

until-weekday-thu = torstaihin

weekday-fri = perjantai

on-weekday-fri = perjantaina

until-weekday-fri = perjantaihin

weekday-sat = lauantai

on-weekday-sat = lauantaina

until-weekday-sat = lauantaihin

weekday-sun = sunnuntai

on-weekday-sun = sunnuntaina

until-weekday-sun = sunnuntaihin
