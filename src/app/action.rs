//! What a panel asks the app to do: the one list every panel's events become.

use std::path::PathBuf;

use crate::model::{ArticleId, Evidence, IncidentId};
use crate::propose::suggest::Suggestion;
use crate::ui::command_list::UiCommand;
use crate::ui::context_editor::ContextChange;

/// What a panel asks the app to do.
#[derive(Debug)]
pub(super) enum Action {
    OpenArticle(ArticleId),
    OpenBeside(ArticleId),
    CloseBeside,
    SelectIncident(IncidentId),
    Command(UiCommand),
    /// A suggestion clicked in pane `usize`: its words selected and its value shown.
    PreviewSuggestion(usize, Suggestion),
    ApplyProposal(usize),
    /// Apply every proposal in the tray, as one undo step.
    ApplyAllProposals,
    /// Drop a proposal from the tray.
    DismissProposal(usize),
    JumpToEvidence(Evidence),
    /// Store the editor's working copy, merging typing in one field into one undo step.
    SaveEdit {
        label: String,
        merge_key: String,
    },
    /// The analyst left a field: the next edit is a new undo step.
    SealUndoStep,
    OpenRecent(PathBuf),
    /// A mark on the timeline: select the incident and show its evidence.
    ShowIncident(IncidentId),
    /// A click or a button on the map.
    Map(crate::ui::map_view::MapEvent),
    Context(ContextChange),
    Codebook(crate::ui::codebook_editor::CodebookChange),
    /// Merge this incident into the selected one.
    Merge(IncidentId),
    CancelImport,
    CancelDrafting,
    CancelExport,
    CancelRestore,
    /// The search text changed.
    Search,
    /// The analyst decided about the waiting merge.
    DecideMerge(crate::ui::merge_review::MergeDecision),
    /// A click in the agreement window.
    Agreement(crate::ui::agreement_view::AgreementEvent),
    /// Open the details form of an article, the keyboard in a field if given.
    Details(ArticleId, Option<crate::ui::article_details::TextField>),
    /// Pin or unpin the selected incident.
    TogglePin,
    /// The span being adjusted, its ends dragged to these.
    ResizeSpan(std::ops::Range<usize>),
    /// Attach the selection as evidence for every field ticked in the attach menu.
    AttachToTicked,
    /// Store again the edit a team project's server refused as stale.
    ApplyMineAgain,
    /// Leave the value someone else stored, forgetting the edit the server refused.
    KeepTheirs,
}
