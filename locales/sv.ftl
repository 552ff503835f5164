document-title = Suunta – hitta rätt vägledningstjänst

heading = Hitta rätt ställe att fråga om råd

intro = Svara på några frågor så ser du vilken vägledning eller rådgivning som passar dig och varför. Dina svar stannar på den här enheten.

skip-link = Hoppa till innehållet

embed-link = Bädda in Suunta på din webbplats

statement-link = Tillgänglighetsutlåtande

start-heading = Så här fungerar Suunta

start-asks-about-you = Vi frågar om din ålder, hemkommun och situation.
start-asks-help = Vi frågar vilken hjälp du vill ha.
start-not-sure = Du kan svara ”vet inte” på varje fråga.

privacy-note = Dina svar skickas inte någonstans och sparas inte.

start = Börja

urgent-heading = Behöver du hjälp genast?

urgent-call112 = Ring 112 i en nödsituation

help-right-now = Jag behöver hjälp genast

loading = Tjänsterna laddas…

load-failed-heading = Tjänsterna kunde inte laddas

load-failed-body = Kontrollera nätverksanslutningen och försök igen. Dina svar finns kvar.

try-again = Försök igen

language-switch = Språk

problem-summary = Det finns ett problem

continue = Fortsätt

back = Tillbaka

or = eller

use-my-location = Använd min position

location-stays-here = Din position används bara på den här enheten för att hitta närmaste kommun.

locating = Positionen hämtas…

location-denied = Positionen kunde inte hämtas eftersom tillstånd saknas. Skriv kommunens namn.

location-unavailable = Positionen kunde inte hämtas. Skriv kommunens namn.

suggestions = Förslag

suggestions-found = { " " }förslag. Välj med piltangenterna.

no-suggestions = Inga förslag.

change = Ändra

show-results = Visa tjänsterna

start-again = Börja om

change-answers = Ändra svaren

why-listed = Varför den här föreslås

no-services = Inga passande tjänster hittades.

filters = Avgränsa tjänsterna

back-to-results = Tillbaka till tjänsterna

opening-hours = Öppettider

take-along = Ta med resultaten

scan-to-take-along = Läs koden med telefonens kamera så öppnas samma tjänster i telefonen. Koden innehåller bara dina svar, inget annat.

qr-label = QR-kod med adressen till de här resultaten

share-link = Dela länken

copy-link = Kopiera länken

link-shared = Länken har delats.

share-cancelled = Länken delades inte. Du kan också kopiera adressen ovan.

link-copied = Länken har kopierats. Du kan klistra in den i ett meddelande eller en anteckning.

copy-failed = Det gick inte att kopiera länken. Du kan kopiera adressen ovan.

exceptions = Avvikelser

day = Dag

hours = Öppet

date = Datum

only-in-fi = Texten finns bara på finska.

only-in-sv = { "" }

only-in-en = Texten finns bara på engelska.

qr-of = QR-kod:{ " " }

# The search box on the start page and above results.

search-label = Sök en tjänst med namn eller ort

