//! The catalogue's vocabulary in words, in Finnish, Swedish and English: kinds of service and
//! kinds of channel. Text only, as in `tables`.

use super::tables::Words;
use crate::catalogue::raw::{Access, ChannelKind, ServiceKind};

pub fn service_kind(kind: ServiceKind) -> Words {
    match kind {
        ServiceKind::Ohjaamo => ["Ohjaamo", "Navigatorn", "Ohjaamo one-stop guidance centre"],
        ServiceKind::Employment => {
            ["Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services"]
        }
        ServiceKind::Education => {
            ["Koulutus ja opiskelu", "Utbildning och studier", "Education and studies"]
        }
        ServiceKind::Career => ["Uraohjaus", "Karriärvägledning", "Career guidance"],
        ServiceKind::YouthWork => ["Nuorisotyö", "Ungdomsarbete", "Youth work"],
        ServiceKind::Helpline => {
            ["Auttava puhelin tai chat", "Stödtelefon eller chatt", "Helpline or chat"]
        }
        ServiceKind::Crisis => ["Kriisiapu", "Krishjälp", "Crisis help"],
        ServiceKind::Benefits => ["Etuudet", "Förmåner", "Benefits"],
        ServiceKind::Other => ["Muu palvelu", "Annan tjänst", "Other service"],
    }
}

/// A channel's kind, as the label of a channel that has no name of its own.
pub fn channel_kind(kind: ChannelKind) -> Words {
    match kind {
        ChannelKind::Visit => ["Käyntiosoite", "Besöksadress", "Visiting address"],
        ChannelKind::Phone => ["Puhelin", "Telefon", "Phone"],
        ChannelKind::Sms => ["Tekstiviesti", "Textmeddelande", "Text message"],
        ChannelKind::Whatsapp => ["WhatsApp", "WhatsApp", "WhatsApp"],
        ChannelKind::Chat => ["Chat", "Chatt", "Chat"],
        ChannelKind::Web => ["Verkkosivu", "Webbplats", "Website"],
        ChannelKind::Email => ["Sähköposti", "E-post", "Email"],
    }
}

/// Whether you can just come (or call), or need an appointment.
pub fn access(access: Access) -> Words {
    match access {
        Access::WalkIn => ["Ei ajanvarausta", "Ingen tidsbokning", "No appointment needed"],
        Access::Appointment => {
            ["Vain ajanvarauksella", "Endast med tidsbokning", "By appointment only"]
        }
        Access::WalkInAndAppointment => [
            "Ilman ajanvarausta tai ajanvarauksella",
            "Utan eller med tidsbokning",
            "Walk in, or book an appointment",
        ],
    }
}
