## Reasons, notes and problems

serves-needs = Hjälper med: { $needs }

ohjaamo-for-young = Navigatorn är för unga under 30: hjälp med många saker på ett ställe, och du behöver inte veta i förväg vad du behöver.

own-employment-area = Ditt eget sysselsättningsområdes tjänster för arbetssökande

study-counselling = Studiehandledning för att välja studier

serves-in-language = Betjänar på: { $language }

visit-exact = Besöksställe cirka { $km } km från din kommuns centrum

visit-municipality-centre = Besöksställets kommuncentrum ligger cirka { $km } km från din kommuns centrum

visit-in-own-municipality = Besöksställe i din egen kommun

open-now = Öppet nu

opens-soon = Öppnar snart

urgent-help = Hjälp genast

someone-to-talk-to = Du kan prata med någon i telefon eller chatt

nothing-matched-exactly = Ingen tjänst motsvarade dina svar exakt, men de här kan ändå hjälpa.

national-only = Vi hittade ingen lokal tjänst för detta i din kommun. De här riksomfattande tjänsterna hjälper i hela Finland.

unknown-key = Länken hade en del som vi inte känner igen (”{ $key }”), så vi lämnade bort den.

bad-value = Vi förstod inte svaret ”{ $value }” för { $label }, så vi lämnade bort det. Du kan svara på nytt.

repeated-key = Länken hade { $label } två gånger, så vi använde det första.

unreadable = En del av länken kunde inte läsas, så vi lämnade bort den.

query-key-lang = sidans språk

query-key-plain = lättläst finska

query-key-urgent = hjälp genast

query-key-age = ålder

query-key-municipality = kommun

query-key-situation = situation

query-key-needs = hjälpbehov

query-key-reach = kontaktsätt

query-key-service-lang = språk för service

query-key-edit = fråga att ändra

query-key-done = resultat

query-key-only = avgränsning av resultaten

query-key-service = tjänst

query-key-embed = inbäddande webbplats

query-key-audience = målgrupp

query-key-preset-municipality = förvald kommun

query-key-preset-region = förvalt landskap

query-key-accent = temafärg

query-key-compact = kompakt vy

query-key-kiosk = kioskläge

query-key-kiosk-here = det här serviceställets tjänst

query-key-kiosk-idle = kioskens väntetid

query-key-kiosk-text = kioskens textstorlek

query-key-browse = bläddringslista

query-key-region = landskapets översikt

query-key-q = sökord

need-phrase-work = att hitta arbete

need-phrase-study = studier och studieval

need-phrase-career = karriärplanering

need-phrase-money = pengar och stöd

need-phrase-housing = boende

need-phrase-wellbeing = ork och välmående

need-phrase-everyday = vardagsärenden

need-phrase-integration = integration i Finland

need-phrase-unsure = när du inte vet vilken hjälp du behöver

reach-phrase-visit = Du kan besöka på plats

reach-phrase-phone = Du kan ringa

reach-phrase-online = Du kan sköta ärendet på nätet eller i chatten

language-fi = finska

language-sv = svenska

language-en = engelska

problem-missing = Välj ett alternativ eller ”Vet inte”.

problem-age-not-a-number = Skriv åldern med siffror, till exempel 19.

problem-age-out-of-range = Åldern kan vara 0–120 år.

problem-unknown-municipality = Vi hittade inte den här kommunen. Välj en kommun i listan.

problem-not-an-option = Välj ett av alternativen.

## The questionnaire

question-title-age = Hur gammal är du?

question-title-municipality = I vilken kommun bor du?

question-title-situation = Vad är din situation just nu?

question-title-needs = Vad behöver du hjälp med? Du kan välja flera.

question-title-reach = Hur vill du hålla kontakt?

question-title-service-lang = På vilket språk vill du få service?

question-hint-age = Skriv din ålder i år, till exempel 19.

question-hint-municipality = Skriv kommunens namn på svenska eller finska och välj den i listan.

question-hint-situation = Välj det som bäst beskriver din situation.

question-hint-needs = Välj alla som passar.

question-hint-reach = Vi visar först de tjänster som du når på det här sättet.

question-hint-service-lang = Vi visar först de tjänster som betjänar på det här språket.

rather-not-say = Jag vill inte säga

no-preference = Spelar ingen roll

not-sure-situation = Vet inte

situation-studying = Jag studerar

situation-working = Jag arbetar

situation-looking-for-work = Jag söker arbete

situation-neither = Jag varken studerar eller arbetar

situation-other = Något annat

need-work = Att hitta arbete

need-study = Att välja och söka studieplats

need-career = Karriärplanering och att känna igen sitt kunnande

need-money = Pengar, stöd och skulder

need-housing = Att hitta bostad och flytta

need-wellbeing = Ork och någon att prata med

need-everyday = Vardagsärenden och blanketter

need-integration = Att bosätta sig i Finland

need-unsure = Jag vet inte vilken hjälp jag behöver

reach-visit = Jag besöker på plats

reach-phone = Per telefon

reach-online = I chatt eller på nätet

progress = Fråga { $current } av { $total }

label-next = Fortsätt

label-back = Tillbaka

label-check-your-answers = Kontrollera dina svar

label-change = Ändra

label-show-results = Visa tjänsterna

label-start-again = Börja om

label-help-right-now = Jag behöver hjälp genast

## Kinds of services and channels

service-kind-ohjaamo = Navigatorn

service-kind-employment = Sysselsättningstjänster

service-kind-education = Utbildning och studier

service-kind-career = Karriärvägledning

service-kind-youth-work = Ungdomsarbete

service-kind-helpline = Stödtelefon eller chatt

service-kind-crisis = Krishjälp

service-kind-benefits = Förmåner

service-kind-other = Annan tjänst

channel-kind-visit = Besöksadress

channel-kind-phone = Telefon

channel-kind-sms = Textmeddelande

channel-kind-whatsapp = WhatsApp

channel-kind-chat = Chatt

channel-kind-web = Webbplats

channel-kind-email = E-post

access-walk-in = Ingen tidsbokning

access-appointment = Endast med tidsbokning

access-walk-in-and-appointment = Utan eller med tidsbokning

## Opening hours

hours-by-appointment = Med tidsbokning

hours-always-open = Öppet dygnet runt

hours-open = Öppet

hours-open-until = Öppet till { $when }

hours-opens = Öppnar { $when }

hours-closed-for-now = Stängt tills vidare: öppnar inte inom de närmaste två veckorna

hours-closed-today = Stängt i dag

hours-closed-today-because = Stängt i dag ({ $why })

hours-may-differ-today = I dag är det { $holiday }: öppettiderna kan avvika

hours-may-be-closed-then = { $holiday }: kan vara stängt

hours-at = kl. { $time }

hours-until-time = kl. { $time }

hours-today = i dag

hours-tomorrow = i morgon

hours-until-tomorrow = i morgon

hours-on-date = den { $date }

hours-until-date = den { $date }

hours-closed = stängt

## Weekdays

weekday-mon = måndag

on-weekday-mon = på måndag

until-weekday-mon = till måndag

weekday-tue = tisdag

on-weekday-tue = på tisdag

until-weekday-tue = till tisdag

weekday-wed = onsdag

on-weekday-wed = på onsdag

until-weekday-wed = till onsdag

weekday-thu = torsdag

on-weekday-thu = på torsdag

until-weekday-thu = till torsdag

weekday-fri = fredag

on-weekday-fri = på fredag

until-weekday-fri = till fredag

weekday-sat = lördag

on-weekday-sat = på lördag

until-weekday-sat = till lördag

weekday-sun = söndag

on-weekday-sun = på söndag

until-weekday-sun = till söndag
