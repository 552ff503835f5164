//! The catalogue's vocabulary in words, in Finnish, Swedish and English: kinds of service and
//! kinds of channel. Text only, as in `tables`.

use super::l10n;
use crate::catalogue::raw::{Access, ChannelKind, ServiceKind};
use crate::words::Words;

pub fn service_kind(kind: ServiceKind) -> Words {
    match kind {
        ServiceKind::Ohjaamo => l10n::SERVICE_KIND_OHJAAMO,
        ServiceKind::Employment => l10n::SERVICE_KIND_EMPLOYMENT,
        ServiceKind::Education => l10n::SERVICE_KIND_EDUCATION,
        ServiceKind::Career => l10n::SERVICE_KIND_CAREER,
        ServiceKind::YouthWork => l10n::SERVICE_KIND_YOUTH_WORK,
        ServiceKind::Helpline => l10n::SERVICE_KIND_HELPLINE,
        ServiceKind::Crisis => l10n::SERVICE_KIND_CRISIS,
        ServiceKind::Benefits => l10n::SERVICE_KIND_BENEFITS,
        ServiceKind::Other => l10n::SERVICE_KIND_OTHER,
    }
}

/// A channel's kind, as the label of a channel that has no name of its own.
pub fn channel_kind(kind: ChannelKind) -> Words {
    match kind {
        ChannelKind::Visit => l10n::CHANNEL_KIND_VISIT,
        ChannelKind::Phone => l10n::CHANNEL_KIND_PHONE,
        ChannelKind::Sms => l10n::CHANNEL_KIND_SMS,
        ChannelKind::Whatsapp => l10n::CHANNEL_KIND_WHATSAPP,
        ChannelKind::Chat => l10n::CHANNEL_KIND_CHAT,
        ChannelKind::Web => l10n::CHANNEL_KIND_WEB,
        ChannelKind::Email => l10n::CHANNEL_KIND_EMAIL,
    }
}

/// Whether you can just come (or call), or need an appointment.
pub fn access(access: Access) -> Words {
    match access {
        Access::WalkIn => l10n::ACCESS_WALK_IN,
        Access::Appointment => l10n::ACCESS_APPOINTMENT,
        Access::WalkInAndAppointment => l10n::ACCESS_WALK_IN_AND_APPOINTMENT,
    }
}
