//! A region's overview (`region=`): headed two-column tables, which print for a meeting. The
//! rows are drawn as the service page's hours are.

use leptos::prelude::*;
use suunta_screens::screen::OverviewScreen;

use crate::pager::HEADING_ID;
use crate::service_page::rows;

pub fn overview_page(overview: OverviewScreen, heading: String) -> impl IntoView {
    let OverviewScreen { intro, tables, back } = overview;
    let tables = tables
        .into_iter()
        .map(|table| {
            let (first, second) = table.columns;
            view! {
                <table class="hours overview" data-testid=["overview-", &table.id].concat()>
                    <caption>
                        <h3>{table.heading}</h3>
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{first}</th>
                            <th scope="col">{second}</th>
                        </tr>
                    </thead>
                    <tbody>{rows(table.rows)}</tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <section data-testid="overview-page">
            <p class="back">
                <a href=back.href class="back-link">{back.text}</a>
            </p>
            <h2 id=HEADING_ID tabindex="-1">{heading}</h2>
            <p>{intro}</p>
            {tables}
        </section>
    }
}
