document-title = Suunta – find the right guidance service

heading = Find the right place to ask for advice

intro = Answer a few questions to see which guidance or advice service suits you, and why. Your answers stay on this device.

skip-link = Skip to content

embed-link = Embed Suunta on your web site

statement-link = Accessibility statement

start-heading = How Suunta works

start-asks-about-you = We ask about your age, home municipality and situation.
start-asks-help = We ask what help you want.
start-not-sure = You can answer “not sure” to every question.

privacy-note = Your answers are not sent anywhere and not stored.

start = Start

urgent-heading = Do you need help right now?

urgent-call112 = In an emergency, call 112

help-right-now = I need help right now

loading = Loading the services…

load-failed-heading = The services could not be loaded

load-failed-body = Check your connection and try again. Your answers are kept.

try-again = Try again

language-switch = Language

problem-summary = There is a problem

continue = Continue

back = Back

or = or

use-my-location = Use my location

location-stays-here = Your location is used only on this device, to find the nearest municipality.

locating = Finding your location…

location-denied = Your location was not shared. Type the municipality's name instead.

location-unavailable = Your location could not be found. Type the municipality's name instead.

suggestions = Suggestions

suggestions-found = { " " }suggestions. Use the arrow keys to choose.

no-suggestions = No suggestions.

change = Change

show-results = Show services

start-again = Start again

change-answers = Change your answers

why-listed = Why this was suggested

no-services = No matching services were found.

filters = Narrow the services

back-to-results = Back to the services

opening-hours = Opening hours

take-along = Take the results with you

scan-to-take-along = Scan the code with your phone's camera to open the same services on your phone. The code holds only your answers, nothing else.

qr-label = QR code of the address of these results

share-link = Share the link

copy-link = Copy the link

link-shared = Link shared.

share-cancelled = The link was not shared. You can also copy the address above.

link-copied = Link copied. You can paste it into a message or a note.

copy-failed = The link could not be copied. You can copy the address above.

exceptions = Exceptions

day = Day

hours = Hours

date = Date

only-in-fi = This text is only available in Finnish.

only-in-sv = This text is only available in Swedish.

only-in-en = { "" }

qr-of = QR code:{ " " }

# The search box on the start page and above results.

search-label = Search services by name or place

