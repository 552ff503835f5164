app-heading = Find the right place to ask for advice

start-heading = How Suunta works

results-heading = Services for you

urgent-heading = Do you need help right now?

urgent-intro = You can contact these right away. In an emergency, call 112.

no-services = No matching services were found. Change your answers, or start again to see every national service.

failed-heading = The services could not be loaded

fetch-failed = Check your connection and try again. Your answers are kept.

unreadable = The service information arrived but could not be read. Try again in a moment. Your answers are kept.

report-wrong-information = Report wrong information

report-subject = Suunta: wrong information

report-body = What is wrong in the service's information?

distance-exact = { $km } km from your municipal centre

distance-centres = About { $km } km from your municipal centre (centre to centre)

in-own-municipality = In your own municipality

provenance = Information checked { $date } · Source: { $source }

catalogue-updated = Service information updated on { $date }

who-it-is-for = Who it is for

what-to-expect = What to expect

how-to-apply = How to apply

accessibility = Accessibility

sessions = Who is there when

ages-between = For ages { $min } to { $max }

ages-from = For ages { $min } and over

ages-up-to = For ages up to { $max }

show-on-map = Show on a map

may-be-closed = may be closed: { $holiday }

only-open-now = Only open now

only-remote = Only by phone or online

nothing-with-filters = No service matches the filters you chose. Turn a filter off to see more.

map-caption = The map shows the places in the list that you can visit, numbered as in the list. The square is your municipal centre. The small map in the corner shows where in Finland the area is.

you-are-here = You are here – ask at the desk

# Search (`q=`): the heading, and the count said politely as the reader types.

search-heading = Search results

search-found-one = 1 service found for “{ $query }”.

search-found-many = { $count } services found for “{ $query }”.

search-found-none = No services were found for “{ $query }”.

search-try-questions = Answer a few questions

# Browse lists (`browse=`).

listed-one = 1 service

listed-many = { $count } services

browse-heading = Browse services

browse-intro = Choose which services you want to see.

national-services = National services

services-of = Services: { $what }

back-to-browse = All lists of services

# A region's overview (`region=`), for a regional guidance group; printable.

overview-heading = Regional overview: { $region }

overview-intro = Every service of the region by kind, the municipalities each covers and when it was last checked; each need with its local services; and the gaps. The same figures as the coverage report.

overview-link = Overview of the region for guidance groups

overview-facts = The region in figures

overview-what = Figure

overview-number = Number

overview-municipalities = Municipalities

overview-services = Services in the region

overview-without-ohjaamo = Municipalities with no Ohjaamo within { $km } km

overview-with-gaps = Municipalities where a need has no local service

overview-gaps = Gaps in all

overview-service = Service

overview-details = Details

overview-stale = NOT CHECKED for over { $years } years: check the record

overview-covers = Municipalities: { $names }

overview-covers-all = All { $count } municipalities of the region

overview-checked = Checked { $date }

overview-needs = Needs

overview-need = Need

overview-local = Local services: { $names }

overview-need-counts = Municipalities with a local service: { $local }; with national services only: { $national }; with none: { $none }

overview-national-only-in = Only national services in: { $names }

overview-none-in = No service in: { $names }

overview-municipality = Municipality

overview-nearest = Nearest Ohjaamo

overview-none = None
