namespace Rapport.Core.Notes;

/// <summary>Base-form verbs that open an instruction ("send Ben the deck"): a bare imperative is my action.</summary>
internal static class Verbs
{
    public static readonly HashSet<string> Imperative = new(StringComparer.OrdinalIgnoreCase)
    {
        "add", "adjust", "align", "analyse", "analyze", "announce", "answer", "approve", "arrange", "ask", "assess", "assign", "attend",
        "audit", "automate", "book", "brainstorm", "brief", "bring", "build", "buy", "calculate", "call", "cancel", "capture", "chase",
        "check", "circle", "circulate", "clarify", "clean", "close", "coach", "collect", "combine", "compare", "compile", "complete",
        "confirm", "connect", "consider", "consolidate", "contact", "coordinate", "copy", "create", "cut", "debug", "decide", "define",
        "delegate", "deliver", "demo", "deploy", "design", "determine", "develop", "discuss", "dm", "document", "do", "draft", "drive",
        "edit", "email", "e-mail", "enable", "escalate", "estimate", "evaluate", "explain", "explore", "export", "extend", "figure",
        "file", "fill", "finalise", "finalize", "find", "finish", "fix", "flag", "follow", "forward", "gather", "get", "give", "go",
        "grab", "help", "hire", "host", "identify", "implement", "improve", "include", "inform", "install", "interview", "intro",
        "introduce", "investigate", "invite", "involve", "join", "kick", "launch", "lead", "learn", "line", "list", "look", "loop",
        "make", "map", "meet", "mentor", "merge", "message", "migrate", "move", "nominate", "notify", "offer", "onboard", "open",
        "order", "organise", "organize", "outline", "own", "pair", "pick", "ping", "pitch", "plan", "post", "practice", "practise",
        "prep", "prepare", "present", "prioritise", "prioritize", "propose", "provide", "publish", "pull", "push", "put", "raise",
        "reach", "read", "rebook", "recap", "reconnect", "record", "refine", "renew", "reply", "report",
        "request", "research", "reschedule", "resolve", "respond", "restart", "revisit", "review", "revise", "rewrite", "run",
        "schedule", "score", "scope", "send", "set", "setup", "share", "ship", "shadow", "sign", "sketch", "slack", "sort", "speak",
        "spec", "start", "submit", "summarise", "summarize", "support", "sync", "take", "talk", "teach", "test", "text", "think",
        "track", "train", "transfer", "triage", "try", "turn", "update", "upgrade", "upload", "validate", "verify", "visit", "wrap",
        "write", "finalize", "finalise", "nudge", "socialise", "socialize", "tune", "redo", "re-run", "rerun", "double-check", "timebox",
        "hand", "nominate", "post", "load-test", "pair", "mock", "wait", "polish", "celebrate", "quote", "owe", "intro", "confirm", "bring",
        "earmark", "waive", "loop", "block", "cover", "buy", "draft", "ask", "chase", "ping", "book",
        // getting someone to act, and telling them, is mine (contract, "Not actions": "Getting them to act is mine")
        "remind", "tell", "let", "warn", "unblock", "dig", "walk", "encourage", "sponsor", "negotiate", "reserve", "recruit",
    };

    /// <summary>
    /// Finite verbs that show the first word was a noun used as a subject ("Launch retro went fine",
    /// "Review cycle starts Sep 14"): contract, "Not actions", report lines.
    /// </summary>
    public static readonly HashSet<string> Finite = new(StringComparer.OrdinalIgnoreCase)
    {
        "went", "goes", "starts", "started", "is", "was", "are", "were", "looks", "looked", "seems", "seemed", "comes", "came",
        "ran", "runs", "slipped", "moved", "meets", "happened", "happens", "went,", "ends", "ended", "opens", "opened",
        "closes", "closed", "begins", "began", "landed", "lands", "shows", "showed", "stays", "stayed", "remains", "slips", "slipped", "looks", "sat", "worked", "went.",
    };

    /// <summary>Past-tense verbs that report an accomplishment ("Ben shipped…", "the team hit…").</summary>
    public static readonly HashSet<string> Win = new(StringComparer.OrdinalIgnoreCase)
    {
        "shipped", "launched", "hit", "got", "finished", "completed", "won", "achieved", "exceeded", "delivered", "released", "passed",
        "earned", "reached", "landed", "beat", "cut", "reduced", "improved", "grew", "increased", "saved", "resolved", "published",
        "received", "secured", "signed", "renewed", "rescued", "migrated", "crushed", "nailed", "aced", "closed", "doubled", "tripled",
        "outperformed", "certified", "promoted", "wrapped", "topped", "smashed", "led", "presented", "spoke", "ran", "hosted", "shipped",
    };

    /// <summary>Past participles that report something done ("budget approved", "deck sent").</summary>
    public static readonly HashSet<string> Done = new(StringComparer.OrdinalIgnoreCase)
    {
        "approved", "sent", "done", "completed", "finished", "shared", "submitted", "booked", "scheduled", "fixed", "resolved", "closed",
        "merged", "signed", "delivered", "shipped", "published", "reviewed", "confirmed", "sorted", "handled", "granted", "accepted",
        "filed", "updated", "drafted", "written", "answered", "introduced", "hired",
    };
}
