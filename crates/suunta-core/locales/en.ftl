## Reasons, notes and problems

serves-needs = Helps with: { $needs }

ohjaamo-for-young = Ohjaamo is for people under 30: help with many things in one place, and you don't need to know in advance what you need.

own-employment-area = Your own employment area's services for jobseekers

study-counselling = Study counselling for choosing studies

serves-in-language = Serves in: { $language }

visit-exact = A place to visit about { $km } km from your municipal centre

visit-municipality-centre = The visit point's municipal centre is about { $km } km from yours

visit-in-own-municipality = A place to visit in your own municipality

open-now = Open now

opens-soon = Opens soon

urgent-help = Help right now

someone-to-talk-to = Someone to talk to by phone or chat

nothing-matched-exactly = Nothing matched your answers exactly, but these can still help.

national-only = We found no local service for this in your municipality. These national services help everywhere in Finland.

unknown-key = The link had a part we don't recognise ("{ $key }"), so we left it out.

bad-value = We didn't understand "{ $value }" for { $label }, so we left it out. You can answer again.

repeated-key = The link had { $label } twice, so we used the first.

unreadable = Part of the link could not be read, so we left it out.

query-key-lang = page language

query-key-plain = plain Finnish

query-key-urgent = help right now

query-key-age = age

query-key-municipality = municipality

query-key-situation = situation

query-key-needs = help wanted

query-key-reach = way to be in touch

query-key-service-lang = language of service

query-key-edit = question to change

query-key-done = results

query-key-only = results filter

query-key-service = service

query-key-embed = embedding site

query-key-audience = audience

query-key-preset-municipality = preset municipality

query-key-preset-region = preset region

query-key-accent = theme colour

query-key-compact = compact view

query-key-kiosk = kiosk mode

query-key-kiosk-here = this service point

query-key-kiosk-idle = kiosk idle time

query-key-kiosk-text = kiosk text size

query-key-browse = browse list

query-key-region = regional overview

query-key-q = search text

need-phrase-work = finding work

need-phrase-study = choosing and applying for studies

need-phrase-career = career planning

need-phrase-money = money and benefits

need-phrase-housing = housing

need-phrase-wellbeing = coping and wellbeing

need-phrase-everyday = everyday matters

need-phrase-integration = settling in Finland

need-phrase-unsure = when you are not sure what help you need

reach-phrase-visit = You can visit in person

reach-phrase-phone = You can call

reach-phrase-online = You can get help online or by chat

language-fi = Finnish

language-sv = Swedish

language-en = English

problem-missing = Choose an option or "Not sure".

problem-age-not-a-number = Write your age in numbers, for example 19.

problem-age-out-of-range = Age can be from 0 to 120 years.

problem-unknown-municipality = We couldn't find this municipality. Choose one from the list.

problem-not-an-option = Choose one of the options given.

## The questionnaire

question-title-age = How old are you?

question-title-municipality = Which municipality do you live in?

question-title-situation = What is your situation right now?

question-title-needs = What do you need help with? You can choose several.

question-title-reach = How would you like to be in touch?

question-title-service-lang = In which language would you like to be served?

question-hint-age = Enter your age in years, for example 19.

question-hint-municipality = Type the municipality's name in Finnish or Swedish and choose it from the list.

question-hint-situation = Choose the one that describes your situation best.

question-hint-needs = Select all that apply.

question-hint-reach = We show first the services you can reach this way.

question-hint-service-lang = We show first the services that serve in this language.

rather-not-say = I'd rather not say

no-preference = No preference

not-sure-situation = Not sure

situation-studying = Studying

situation-working = Working

situation-looking-for-work = Looking for work

situation-neither = Neither studying nor working

situation-other = Something else

need-work = Finding work

need-study = Choosing and applying for studies

need-career = Career planning and recognising your skills

need-money = Money, benefits and debt

need-housing = Finding a place to live, moving out

need-wellbeing = Coping, someone to talk to

need-everyday = Everyday matters, errands and forms

need-integration = Settling in Finland

need-unsure = I don't know what help I need

reach-visit = Visit in person

reach-phone = By phone

reach-online = By chat or online

progress = Question { $current } of { $total }

label-next = Continue

label-back = Back

label-check-your-answers = Check your answers

label-change = Change

label-show-results = Show services

label-start-again = Start again

label-help-right-now = I need help right now

## Kinds of services and channels

service-kind-ohjaamo = Ohjaamo one-stop guidance centre

service-kind-employment = Employment services

service-kind-education = Education and studies

service-kind-career = Career guidance

service-kind-youth-work = Youth work

service-kind-helpline = Helpline or chat

service-kind-crisis = Crisis help

service-kind-benefits = Benefits

service-kind-other = Other service

channel-kind-visit = Visiting address

channel-kind-phone = Phone

channel-kind-sms = Text message

channel-kind-whatsapp = WhatsApp

channel-kind-chat = Chat

channel-kind-web = Website

channel-kind-email = Email

access-walk-in = No appointment needed

access-appointment = By appointment only

access-walk-in-and-appointment = Walk in, or book an appointment

## Opening hours

hours-by-appointment = By appointment

hours-always-open = Open around the clock

hours-open = Open

hours-open-until = Open until { $when }

hours-opens = Opens { $when }

hours-closed-for-now = Closed for now: it does not open in the next two weeks

hours-closed-today = Closed today

hours-closed-today-because = Closed today ({ $why })

hours-may-differ-today = Today is { $holiday }: the hours may differ

hours-may-be-closed-then = { $holiday }: may be closed

hours-at = at { $time }

hours-until-time = { $time }

hours-today = today

hours-tomorrow = tomorrow

hours-until-tomorrow = tomorrow

hours-on-date = on { $date }

hours-until-date = { $date }

hours-closed = closed

## Weekdays

weekday-mon = Monday

on-weekday-mon = on Monday

until-weekday-mon = until Monday

weekday-tue = Tuesday

on-weekday-tue = on Tuesday

until-weekday-tue = until Tuesday

weekday-wed = Wednesday

on-weekday-wed = on Wednesday

until-weekday-wed = until Wednesday

weekday-thu = Thursday

on-weekday-thu = on Thursday

until-weekday-thu = until Thursday

weekday-fri = Friday

on-weekday-fri = on Friday

until-weekday-fri = until Friday

weekday-sat = Saturday

on-weekday-sat = on Saturday

until-weekday-sat = until Saturday

weekday-sun = Sunday

on-weekday-sun = on Sunday

until-weekday-sun = until Sunday
