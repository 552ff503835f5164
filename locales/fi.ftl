### Suunta: suomeksi

document-title = Suunta – löydä oikea ohjauspalvelu

heading = Löydä oikea paikka kysyä neuvoa

intro = Vastaa muutamaan kysymykseen, niin näet, mikä ohjaus- tai neuvontapalvelu sopii sinulle ja miksi. Vastauksesi pysyvät tällä laitteella.

skip-link = Siirry sisältöön

# The shell header's link to the embed builder page (`embed.html`).
embed-link = Upota Suunta omalle sivustollesi

# The shell header's link to the accessibility statement (saavutettavuus.html, tillganglighet.html,
# accessibility.html), which Act 306/2019 requires.
statement-link = Saavutettavuusseloste

start-heading = Näin Suunta toimii

# The start page's three points, a list so each is quick to read.
start-asks-about-you = Kysymme iästäsi, kotikunnastasi ja tilanteestasi.
start-asks-help = Kysymme, millaista apua haluat.
start-not-sure = Jokaiseen kysymykseen voi vastata ”en tiedä”.

privacy-note = Vastauksiasi ei lähetetä minnekään eikä tallenneta.

start = Aloita

urgent-heading = Tarvitsetko apua heti?

urgent-call112 = Hätätilanteessa soita 112

# As the worker words the same link, so it does not change when the worker answers.
help-right-now = Tarvitsen apua heti

loading = Ladataan palvelutietoja…

load-failed-heading = Palvelutietoja ei saatu ladattua

load-failed-body = Tarkista verkkoyhteys ja yritä uudelleen. Vastauksesi säilyvät.

try-again = Yritä uudelleen

language-switch = Kieli

problem-summary = Tarkista vastaus

continue = Jatka

back = Takaisin

or = tai

use-my-location = Käytä sijaintiani

location-stays-here = Sijaintiasi käytetään vain tällä laitteella lähimmän kunnan löytämiseen.

locating = Haetaan sijaintia…

location-denied = Sijaintia ei saatu, koska lupaa ei annettu. Kirjoita kunnan nimi.

location-unavailable = Sijaintia ei saatu. Kirjoita kunnan nimi.

suggestions = Ehdotukset

# Follows the number of suggestions: "3 ehdotusta".
suggestions-found = { " " }ehdotusta. Valitse nuolinäppäimillä.

no-suggestions = Ei ehdotuksia.

change = Muuta

show-results = Näytä palvelut

start-again = Aloita alusta

change-answers = Muuta vastauksia

why-listed = Miksi tätä ehdotetaan

no-services = Sopivia palveluja ei löytynyt.

filters = Rajaa palveluja

back-to-results = Takaisin palveluihin

opening-hours = Aukioloajat

take-along = Ota tulokset mukaan

scan-to-take-along = Lue koodi puhelimen kameralla, niin samat palvelut avautuvat puhelimeesi. Koodissa on vain vastauksesi, ei muuta.

qr-label = QR-koodi näiden tulosten osoitteesta

share-link = Jaa linkki

copy-link = Kopioi linkki

link-shared = Linkki jaettu.

share-cancelled = Linkkiä ei jaettu. Voit myös kopioida osoitteen yltä.

link-copied = Linkki kopioitu. Voit liittää sen viestiin tai muistiinpanoon.

copy-failed = Linkin kopiointi ei onnistunut. Voit kopioida osoitteen yltä.

exceptions = Poikkeukset

day = Päivä

hours = Aukiolo

date = Päivämäärä

# After a catalogue text shown in another language than the page (the fallback order is
# the core's, `suunta_core::lang`).
# Empty in the text's own language: no note is needed there.
only-in-fi = { "" }

only-in-sv = Teksti on saatavilla vain ruotsiksi.

only-in-en = Teksti on saatavilla vain englanniksi.

# Names a link's QR code on a kiosk; the link's text follows.
qr-of = QR-koodi:{ " " }

# The search box on the start page and above results.

search-label = Hae palvelua nimellä tai paikalla

