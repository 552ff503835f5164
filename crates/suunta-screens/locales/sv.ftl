app-heading = Hitta rätt ställe att fråga om råd

start-heading = Så här fungerar Suunta

results-heading = Tjänster som passar dig

urgent-heading = Behöver du hjälp genast?

urgent-intro = Hit kan du ta kontakt genast. I en nödsituation, ring 112.

no-services = Inga passande tjänster hittades. Ändra dina svar eller börja om för att se alla riksomfattande tjänster.

failed-heading = Tjänsterna kunde inte laddas

fetch-failed = Kontrollera nätverksanslutningen och försök igen. Dina svar finns kvar.

unreadable = Tjänsteuppgifterna kom fram men kunde inte läsas. Försök igen om en stund. Dina svar finns kvar.

report-wrong-information = Anmäl felaktig uppgift

report-subject = Suunta: felaktig uppgift

report-body = Vad är fel i tjänstens uppgifter?

distance-exact = { $km } km från din kommuns centrum

distance-centres = Cirka { $km } km från din kommuns centrum (mellan kommunernas centrum)

in-own-municipality = I din egen kommun

provenance = Uppgifterna kontrollerade { $date } · Källa: { $source }

catalogue-updated = Serviceinformationen uppdaterad { $date }

who-it-is-for = För vem

what-to-expect = Vad som händer när du tar kontakt

how-to-apply = Så här kommer du i gång

accessibility = Tillgänglighet

sessions = Vem är på plats när

ages-between = För { $min }–{ $max }-åringar

ages-from = För dem som fyllt { $min } år

ages-up-to = För dem som är högst { $max } år

show-on-map = Visa på kartan

may-be-closed = kan vara stängt: { $holiday }

only-open-now = Endast de som är öppna nu

only-remote = Endast per telefon eller på nätet

nothing-with-filters = Inga tjänster motsvarar avgränsningarna du valde. Ta bort en avgränsning för att se fler.

map-caption = Kartan visar listans serviceställen som du kan besöka, numrerade som i listan. Kvadraten är din kommuns centrum. Den lilla kartan i hörnet visar var i Finland området ligger.

you-are-here = Du är här – fråga mer vid disken

# Search (`q=`): the heading, and the count said politely as the reader types.

search-heading = Sökresultat

search-found-one = 1 tjänst hittades med sökningen ”{ $query }”.

search-found-many = { $count } tjänster hittades med sökningen ”{ $query }”.

search-found-none = Sökningen ”{ $query }” gav inga tjänster.

search-try-questions = Svara på några frågor

# Browse lists (`browse=`).

listed-one = 1 tjänst

listed-many = { $count } tjänster

browse-heading = Bläddra bland tjänsterna

browse-intro = Välj vilka tjänster du vill se.

national-services = Riksomfattande tjänster

services-of = Tjänster: { $what }

back-to-browse = Alla tjänstelistor

# A region's overview (`region=`), for a regional guidance group; printable.

overview-heading = Regional översikt: { $region }

overview-intro = Alla tjänster i regionen efter typ, vilka kommuner var och en täcker och när den senast kontrollerades; varje behov med sina lokala tjänster; och luckorna. Samma siffror som i täckningsrapporten.

overview-link = Översikt över regionen för vägledningsgrupper

overview-facts = Regionen i siffror

overview-what = Uppgift

overview-number = Antal

overview-municipalities = Kommuner

overview-services = Tjänster i regionen

overview-without-ohjaamo = Kommuner utan Navigator inom { $km } km

overview-with-gaps = Kommuner där ett behov saknar lokal tjänst

overview-gaps = Luckor sammanlagt

overview-service = Tjänst

overview-details = Uppgifter

overview-stale = INTE KONTROLLERAD på över { $years } år: kontrollera uppgifterna

overview-covers = Kommuner: { $names }

overview-covers-all = Alla { $count } kommuner i regionen

overview-checked = Kontrollerad { $date }

overview-needs = Behov

overview-need = Behov

overview-local = Lokala tjänster: { $names }

overview-need-counts = Kommuner med lokal tjänst: { $local }; med endast riksomfattande tjänster: { $national }; utan tjänst: { $none }

overview-national-only-in = Endast riksomfattande tjänster i: { $names }

overview-none-in = Ingen tjänst i: { $names }

overview-municipality = Kommun

overview-nearest = Närmaste Navigator

overview-none = Inga
