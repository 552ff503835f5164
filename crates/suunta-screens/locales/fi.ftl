### Suunta: suomeksi

# The app's own heading, for the start page's title.
app-heading = Löydä oikea paikka kysyä neuvoa

start-heading = Näin Suunta toimii

results-heading = Sinulle sopivat palvelut

urgent-heading = Tarvitsetko apua heti?

# Above the urgent services.
urgent-intro = Näihin voit ottaa yhteyttä heti. Hätätilanteessa soita 112.

# When no service at all can be listed.
no-services = Sopivia palveluja ei löytynyt. Muuta vastauksiasi tai katso kaikki valtakunnalliset palvelut aloittamalla alusta.

failed-heading = Palvelutietoja ei saatu ladattua

# A file could not be fetched.
fetch-failed = Tarkista verkkoyhteys ja yritä uudelleen. Vastauksesi säilyvät.

# A file arrived but could not be read.
unreadable = Palvelutiedot tulivat perille, mutta niitä ei voitu lukea. Yritä hetken päästä uudelleen. Vastauksesi säilyvät.

# The link that opens an e-mail to the catalogue's maintainer.
report-wrong-information = Ilmoita virheellisestä tiedosta

# That e-mail's subject; the service id follows it.
report-subject = Suunta: virheellinen tieto

# That e-mail's first line; the person writes what is wrong after it.
report-body = Mikä palvelun tiedoissa on väärin?

# A visit channel `{km}` from the person's municipal centre, its entrance known.
distance-exact = { $km } km kuntasi keskustasta

# The same, known only as far as the visit point's municipal centre.
distance-centres = Noin { $km } km kuntasi keskustasta (kuntien keskustojen väli)

# A visit point known only by municipality, in the person's own.
in-own-municipality = Omassa kunnassasi

# "Checked {date} · Source: {source}".
provenance = Tiedot tarkistettu { $date } · Lähde: { $source }

# "Service information updated on {date}", under the results.
catalogue-updated = Palvelutiedot päivitetty { $date }

who-it-is-for = Kenelle

what-to-expect = Mitä tapahtuu, kun otat yhteyttä

how-to-apply = Näin pääset alkuun

accessibility = Esteettömyys

# "Who is present when": specialists' regular times.
sessions = Kuka on paikalla milloin

# Age limits: `{min}` to `{max}`, `{min}` and over, up to `{max}`.
ages-between = { $min }–{ $max }-vuotiaille

ages-from = Vähintään { $min }-vuotiaille

ages-up-to = Enintään { $max }-vuotiaille

# A visit channel's address on a map service, opened only when tapped.
show-on-map = Näytä kartalla

# An upcoming holiday whose hours are not known.
may-be-closed = voi olla suljettu: { $holiday }

# Results filters.
only-open-now = Vain nyt auki olevat

only-remote = Vain puhelimitse tai verkossa

# The filters left nothing: how to see more.
nothing-with-filters = Valitsemillasi rajauksilla ei löytynyt palveluja. Poista jokin rajaus nähdäksesi lisää.

# Under the results map: what its marks are.
map-caption = Kartalla ovat listan palvelupisteet, joissa voi käydä, numeroituina kuten listassa. Neliö on kuntasi keskusta. Kulman pieni kartta näyttää, missä päin Suomea alue on.

# On a kiosk, the card of the service point's own service.
you-are-here = Olet täällä – kysy lisää tiskiltä

# Search (`q=`): the heading, and the count said politely as the reader types.

search-heading = Hakutulokset

search-found-one = 1 palvelu löytyi haulla ”{ $query }”.

search-found-many = { $count } palvelua löytyi haulla ”{ $query }”.

search-found-none = Haulla ”{ $query }” ei löytynyt palveluja.

search-try-questions = Vastaa muutamaan kysymykseen

# Browse lists (`browse=`).

listed-one = 1 palvelu

listed-many = { $count } palvelua

browse-heading = Selaa palveluja

browse-intro = Valitse, millaisia palveluja haluat nähdä.

national-services = Valtakunnalliset palvelut

services-of = Palvelut: { $what }

back-to-browse = Kaikki palveluluettelot

# A region's overview (`region=`), for a regional guidance group; printable.

overview-heading = Alueen yleiskuva: { $region }

overview-intro = Kaikki alueen palvelut lajeittain, kuntien kattavuus ja viimeisin tarkistuspäivä; kunkin tarpeen paikalliset palvelut; ja puutteet. Samat luvut kuin kattavuusraportissa.

overview-link = Alueen yleiskuva ohjausryhmille

overview-facts = Alue lukuina

overview-what = Luku

overview-number = Määrä

overview-municipalities = Kuntia

overview-services = Palveluja alueella

overview-without-ohjaamo = Kunnat, joista ei ole Ohjaamoa { $km } km:n säteellä

overview-with-gaps = Kunnat, joissa jollekin tarpeelle ei ole paikallista palvelua

overview-gaps = Puutteita yhteensä

overview-service = Palvelu

overview-details = Tiedot

overview-stale = EI TARKISTETTU yli { $years } vuoteen: tarkista tiedot

overview-covers = Kunnat: { $names }

overview-covers-all = Kaikki alueen { $count } kuntaa

overview-checked = Tarkistettu { $date }

overview-needs = Tarpeet

overview-need = Tarve

overview-local = Paikalliset palvelut: { $names }

overview-need-counts = Kuntia, joissa paikallinen palvelu: { $local }; vain valtakunnallisia: { $national }; ei palvelua: { $none }

overview-national-only-in = Vain valtakunnallisia palveluja: { $names }

overview-none-in = Ei palvelua: { $names }

overview-municipality = Kunta

overview-nearest = Lähin Ohjaamo

overview-none = Ei yhtään
