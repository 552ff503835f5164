//! [`Wire`] for every message and screen type: structs field by field in declaration order
//! (`wire_struct!`), enums as a variant number and then the variant's fields.

use suunta_core::wire::{tag, Reader, Wire, WireError, Writer};
use suunta_core::wire_struct;

use crate::message::{Answer, Ask, QrCode, Request, Response, Suggestion};
use crate::screen::*;

wire_struct!(Request { id, query, now_ms, ask });
wire_struct!(Response { id, answer });
wire_struct!(Suggestion { code, label, value });
wire_struct!(QrCode { size, path });
wire_struct!(Screen { lang, title, heading, notes, chrome, search, body });
wire_struct!(SearchBox { value, keep, status });
wire_struct!(Chrome { help_now, languages });
wire_struct!(LanguageLink { lang, plain, href, current });
wire_struct!(Link { href, text });
wire_struct!(Shown { text, lang });
wire_struct!(StartScreen { start_href });
wire_struct!(QuestionScreen { question, hint, progress, back_href, input, problem });
wire_struct!(Choice { value, label, selected });
wire_struct!(SummaryScreen { rows, results_href, start_again_href });
wire_struct!(SummaryRow { question, answer, change_href });
wire_struct!(ResultsScreen {
    urgent,
    message,
    cards,
    filters,
    map,
    change_href,
    start_again_href,
    catalogue_updated,
    links,
});
wire_struct!(ResultsMap { caption, left, top, side, width, height, outline, mark, home, places });
wire_struct!(MapMark { x, y, numbers });
wire_struct!(Filter { label, href, on });
wire_struct!(Card {
    id,
    name,
    kind,
    summary,
    reasons,
    note,
    channels,
    href,
    provenance,
    report,
    here
});
wire_struct!(ChannelView { kind, label, links, address, distance, status, details });
wire_struct!(ChannelLink { kind, href, text, qr });
wire_struct!(ServiceScreen { card, description, sections, hours, back_href });
wire_struct!(Section { heading, paragraphs });
wire_struct!(HoursTable { caption, week, exceptions });
wire_struct!(OverviewScreen { intro, tables, back });
wire_struct!(Table { id, heading, columns, rows });
wire_struct!(FailedScreen { message });

impl Wire for Ask {
    fn put(&self, writer: &mut Writer) {
        match self {
            Ask::Show => tag(writer, 0),
            Ask::Answer { question, input } => {
                tag(writer, 1);
                question.put(writer);
                input.put(writer);
            }
            Ask::Suggest { text } => {
                tag(writer, 2);
                text.put(writer);
            }
            Ask::Locate { latitude, longitude } => {
                tag(writer, 3);
                latitude.put(writer);
                longitude.put(writer);
            }
            Ask::Retry => tag(writer, 4),
            Ask::Qr { text } => {
                tag(writer, 5);
                text.put(writer);
            }
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u32::take(reader)? {
            0 => Ask::Show,
            1 => Ask::Answer { question: Wire::take(reader)?, input: Wire::take(reader)? },
            2 => Ask::Suggest { text: Wire::take(reader)? },
            3 => Ask::Locate { latitude: Wire::take(reader)?, longitude: Wire::take(reader)? },
            4 => Ask::Retry,
            5 => Ask::Qr { text: Wire::take(reader)? },
            other => return Err(WireError::UnknownVariant(other)),
        })
    }
}

impl Wire for Answer {
    fn put(&self, writer: &mut Writer) {
        match self {
            Answer::Screen(screen) => {
                tag(writer, 0);
                screen.put(writer);
            }
            Answer::Go { query } => {
                tag(writer, 1);
                query.put(writer);
            }
            Answer::Suggestions(suggestions) => {
                tag(writer, 2);
                suggestions.put(writer);
            }
            Answer::Located { name } => {
                tag(writer, 3);
                name.put(writer);
            }
            Answer::Qr(code) => {
                tag(writer, 4);
                code.put(writer);
            }
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u32::take(reader)? {
            0 => Answer::Screen(Wire::take(reader)?),
            1 => Answer::Go { query: Wire::take(reader)? },
            2 => Answer::Suggestions(Wire::take(reader)?),
            3 => Answer::Located { name: Wire::take(reader)? },
            4 => Answer::Qr(Wire::take(reader)?),
            other => return Err(WireError::UnknownVariant(other)),
        })
    }
}

impl Wire for Body {
    fn put(&self, writer: &mut Writer) {
        match self {
            Body::Start(screen) => {
                tag(writer, 0);
                screen.put(writer);
            }
            Body::Question(screen) => {
                tag(writer, 1);
                screen.put(writer);
            }
            Body::Summary(screen) => {
                tag(writer, 2);
                screen.put(writer);
            }
            Body::Results(screen) => {
                tag(writer, 3);
                screen.put(writer);
            }
            Body::Service(screen) => {
                tag(writer, 4);
                screen.put(writer);
            }
            Body::Failed(screen) => {
                tag(writer, 5);
                screen.put(writer);
            }
            Body::Overview(screen) => {
                tag(writer, 6);
                screen.put(writer);
            }
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u32::take(reader)? {
            0 => Body::Start(Wire::take(reader)?),
            1 => Body::Question(Wire::take(reader)?),
            2 => Body::Summary(Wire::take(reader)?),
            3 => Body::Results(Wire::take(reader)?),
            4 => Body::Service(Wire::take(reader)?),
            5 => Body::Failed(Wire::take(reader)?),
            6 => Body::Overview(Wire::take(reader)?),
            other => return Err(WireError::UnknownVariant(other)),
        })
    }
}

impl Wire for Input {
    fn put(&self, writer: &mut Writer) {
        match self {
            Input::Age { value, not_sure } => {
                tag(writer, 0);
                value.put(writer);
                not_sure.put(writer);
            }
            Input::Municipality { value, not_sure } => {
                tag(writer, 1);
                value.put(writer);
                not_sure.put(writer);
            }
            Input::OneOf(choices) => {
                tag(writer, 2);
                choices.put(writer);
            }
            Input::AnyOf(choices) => {
                tag(writer, 3);
                choices.put(writer);
            }
        }
    }
    fn take(reader: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(match u32::take(reader)? {
            0 => Input::Age { value: Wire::take(reader)?, not_sure: Wire::take(reader)? },
            1 => Input::Municipality { value: Wire::take(reader)?, not_sure: Wire::take(reader)? },
            2 => Input::OneOf(Wire::take(reader)?),
            3 => Input::AnyOf(Wire::take(reader)?),
            other => return Err(WireError::UnknownVariant(other)),
        })
    }
}
