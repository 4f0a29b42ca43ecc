using Rapport.Core.Documents;

namespace Rapport.Core.Vaults;

/// <summary>
/// The relationships in a vault and the rules for naming one: a file slug, a full name, or an
/// unambiguous first name or prefix, in any case, with or without accents (umlauts folded or spelled out).
/// </summary>
public sealed class People
{
    private readonly Vault _vault;
    private readonly DocumentStore _store;
    private List<LoadedDocument>? _all;
    private List<RapportException>? _unreadable;
    private readonly Dictionary<string, IReadOnlyList<LoadedDocument>> _folders = new(StringComparer.Ordinal);

    public People(Vault vault, DocumentStore store)
    {
        _vault = vault;
        _store = store;
    }

    /// <summary>Every readable running document, sorted by file name.</summary>
    public IReadOnlyList<LoadedDocument> All
    {
        get
        {
            LoadAll();
            return _all!;
        }
    }

    /// <summary>Documents that could not be read at all, as errors to warn about.</summary>
    public IReadOnlyList<RapportException> Unreadable
    {
        get
        {
            LoadAll();
            return _unreadable!;
        }
    }

    /// <summary>Finds one relationship by name; throws naming the candidates when ambiguous.</summary>
    public LoadedDocument Resolve(string name) => Resolve(name, index: null);

    /// <summary>
    /// Finds one relationship by name among the index's relationships (when given) rather than by
    /// reading every document, then loads that one; throws naming the candidates when ambiguous.
    /// </summary>
    public LoadedDocument Resolve(string name, IVaultIndex? index)
    {
        // A path to the person's file or folder, as a shell completes it: the file's name (or its folder's, for a meeting
        // note in a person's folder) must be a relationship's slug exactly. The path itself is only compared, never opened.
        string typed = name;
        if (ReferencedSlugs(name) is { } referenced)
        {
            var known = (index is not null && _all is null ? Digests(index).Select(d => d.Slug) : All.Select(d => d.Slug)).Select(Slug.From).ToHashSet(StringComparer.Ordinal);
            name = referenced.FirstOrDefault(r => known.Contains(Slug.From(r))) ?? referenced[0];
        }
        string query = Slug.From(PersonName.Validate(name));

        // A file named by the slug wins outright: load it alone rather than the whole vault.
        if (_all is null && query.Length > 0)
        {
            string path = _vault.RelationshipPath(query);
            if (_vault.Files.FileExists(path)) return _store.Load(path);
        }
        if (_all is null && query.Length > 0 && FolderNamed(query) is { } relationship) return relationship;

        if (index is not null && _all is null)
        {
            var digests = Digests(index);
            var slug = Match(typed, query, digests.Select(d => (Slug: Slug.From(d.Slug), Name: d.Name, Shown: d.Person is { } p ? $"{p} ({d.Slug})" : d.Slug)));
            return Load(digests.First(d => Slug.From(d.Slug) == slug));
        }
        var slugOf = Match(typed, query, All.Select(d => (Slug: Slug.From(d.Slug), Name: d.Document.Person ?? d.Slug, Shown: Describe(d))));
        return All.First(d => Slug.From(d.Slug) == slugOf);
    }

    /// <summary>
    /// Every relationship's digest, in the order of <see cref="All"/>: the index's for running
    /// documents, and read from the files for folders of meeting notes (the index keeps each note,
    /// not the folder as one relationship).
    /// </summary>
    public IReadOnlyList<RelationshipDigest> Digests(IVaultIndex index) =>
        index.Digests().Concat(_vault.RelationshipFolders().SelectMany(LoadFolder)
            .Select(r => RelationshipDigest.Of(r, _vault.Display(r.Folder ?? r.FullPath)))).ToList();

    /// <summary>The relationship a digest describes: its running document, else its folder of meeting notes.</summary>
    public LoadedDocument Load(RelationshipDigest digest)
    {
        string path = _vault.RelationshipPath(digest.Slug);
        if (_vault.Files.FileExists(path)) return _store.Load(path);
        return FolderNamed(digest.Slug) ?? _store.Load(path);
    }

    /// <summary>
    /// The folder of meeting notes named by a slug, as one relationship, or one person's notes in a folder of
    /// several people's (named by that person's slug); null when there is none.
    /// </summary>
    private LoadedDocument? FolderNamed(string slug) =>
        _vault.RelationshipFolders().OrderBy(f => Path.GetFileName(f) == slug ? 0 : 1).SelectMany(LoadFolder).FirstOrDefault(r => r.Slug == slug);

    /// <summary>A candidate for a name: its file's slug, its full name as a slug (<c>sarah-chen</c>), and how a message shows it.</summary>
    private readonly record struct Candidate(string Slug, string Full, string Shown)
    {
        public string[] Words => Full.Split('-', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The ways a typed name (as a slug: "Dr. S. Chen" is <c>dr-s-chen</c>) may mean a relationship, tried in this order. The
    /// first stage that fits exactly one relationship wins; one that fits several is an error naming them (docs/cli.md).
    /// </summary>
    private static readonly (string Rule, Func<Candidate, string, bool> Fits)[] Stages =
    [
        ("the file's slug", (c, q) => c.Slug == q),
        ("the full name", (c, q) => c.Full == q),
        ("the first name", (c, q) => c.Words.FirstOrDefault() == q),
        ("the start of the name, of the slug or of a word of the name", (c, q) =>
            c.Full.StartsWith(q, StringComparison.Ordinal) || c.Slug.StartsWith(q, StringComparison.Ordinal) || c.Words.Any(w => w.StartsWith(q, StringComparison.Ordinal))),
        ("each word the start of a different word of the name, in any order, titles aside", (c, q) => WordsFit(QueryWords(q), c.Words)),
    ];

    /// <summary>Words a name may be typed with that are not part of it: "Dr. Sarah Chen", "Ms Chen".</summary>
    private static readonly HashSet<string> Titles = ["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "dame"];

    /// <summary>The query's words, titles aside when other words remain.</summary>
    private static string[] QueryWords(string query)
    {
        var words = query.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var named = words.Where(w => !Titles.Contains(w)).ToArray();
        return named.Length > 0 ? named : words;
    }

    /// <summary>Whether each query word starts a different word of the name ("s chen", "chen sarah" in <c>sarah-chen</c>).</summary>
    private static bool WordsFit(string[] query, string[] name)
    {
        if (query.Length == 0 || query.Length > name.Length) return false;
        var used = new bool[name.Length];
        return Assign(0);

        bool Assign(int i)
        {
            if (i == query.Length) return true;
            for (int j = 0; j < name.Length; j++)
            {
                if (used[j] || !name[j].StartsWith(query[i], StringComparison.Ordinal)) continue;
                used[j] = true;
                if (Assign(i + 1)) return true;
                used[j] = false;
            }
            return false;
        }
    }

    /// <summary>The slug of the one candidate the name means (see <see cref="Stages"/>).</summary>
    private string Match(string name, string query, IEnumerable<(string Slug, string Name, string Shown)> people)
    {
        // A name with umlauts is a candidate twice: as its letters fold (jurgen-muller) and as they are spelled out (juergen-mueller).
        var candidates = people.SelectMany(p => new[] { Slug.From(p.Name), Slug.SpelledOut(p.Name) }.Distinct(StringComparer.Ordinal)
            .Select(full => new Candidate(p.Slug, full, p.Shown))).ToList();
        if (candidates.Count == 0)
            throw new RapportException(ErrorCode.UnknownPerson,
                $"no person '{PersonName.Printable(name)}' in {_vault.Config.RelationshipsFolder}: there are no relationships yet; add one with 'rapport add NAME'");
        foreach (var (_, fits) in Stages)
        {
            var matches = candidates.Where(c => fits(c, query)).DistinctBy(c => c.Slug).ToList();
            if (matches.Count == 1) return matches[0].Slug;
            if (matches.Count > 1)
                throw new RapportException(ErrorCode.UnknownPerson,
                    $"'{name}' matches {matches.Count} people: {Listed(matches.Select(m => m.Shown).ToList())}; name one of them in full");
        }
        string near = DidYouMean(query, candidates);
        throw new RapportException(ErrorCode.UnknownPerson,
            $"no person '{PersonName.Printable(name)}' in {_vault.Config.RelationshipsFolder}; {(near.Length > 0 ? $"did you mean {near}? " : "")}'rapport list' shows who is there");
    }

    /// <summary>The most candidates an error names: a first name shared by a dozen people is one line, not a page.</summary>
    private const int MostListed = 5;

    private static string Listed(List<string> shown) =>
        shown.Count <= MostListed ? string.Join(", ", shown) : $"{string.Join(", ", shown.Take(MostListed))} and {shown.Count - MostListed} more";

    /// <summary>
    /// The relationships (at most three, "Sarah Chen (sarah-chen)") whose slug, full name or a word of it the name is a slip of
    /// the keyboard away from (one edit from 4 letters, two from 8), else "". Only suggested: a guess is never acted on.
    /// </summary>
    private static string DidYouMean(string query, List<Candidate> candidates)
    {
        int most = query.Length >= 8 ? 2 : query.Length >= 4 ? 1 : 0;
        if (most == 0) return "";
        var near = candidates
            .Where(c => new[] { c.Slug, c.Full }.Concat(c.Words).Any(w => Math.Abs(w.Length - query.Length) <= most && Text.EditDistance.Of(w, query) <= most))
            .DistinctBy(c => c.Slug).ToList();
        return near.Count is > 0 and <= 3 ? string.Join(" or ", near.Select(c => c.Shown)) : "";
    }

    /// <summary>
    /// When <paramref name="name"/> is a path to a Markdown file or a folder (<c>Career/1-on-1s/sarah-chen.md</c>,
    /// <c>sarah-chen.md</c>, <c>Career/1-on-1s/jai-menon/</c>) with no <c>..</c> in it: the slugs it may name, the file's
    /// first, then its folder's. An absolute path outside the vault is refused. Null for anything else, which is read as a
    /// name (and a name with a separator or <c>..</c> is refused).
    /// </summary>
    private string[]? ReferencedSlugs(string name)
    {
        string path = name.Trim();
        bool file = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        bool folder = path.Length > 1 && path[^1] is '/' or '\\';
        if (!file && !folder) return null;
        // A file or folder outside the vault names no one there: said as such, not as a name with a '/' in it.
        if (Path.IsPathRooted(path) && !Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(_vault.Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new RapportException(ErrorCode.UnsafePath, $"'{path}' is outside the vault ({_vault.Root}): name a person, or their file in the vault");
        var parts = path.Split('/', '\\').Where(p => p.Length > 0 && p != ".").ToArray();
        if (parts.Length == 0 || parts.Contains("..")) return null;
        if (folder) return [parts[^1]];
        string stem = parts[^1][..^3];
        return parts.Length > 1 ? [stem, parts[^2]] : [stem];
    }

    /// <summary>Whether a name is already taken by a document's slug or person.</summary>
    public LoadedDocument? FindExact(string name)
    {
        string query = Slug.From(name);
        return All.FirstOrDefault(d => d.Slug == query || Slug.From(d.Document.Person ?? "") == query);
    }

    private static string Describe(LoadedDocument doc) => doc.Document.Person is { } person ? $"{person} ({doc.Slug})" : doc.Slug;

    private void LoadAll()
    {
        if (_all is not null) return;
        _all = [];
        _unreadable ??= []; // a folder read before keeps its reported problems (LoadFolder reads each folder once)
        foreach (var path in _vault.RelationshipFiles())
        {
            try
            {
                _all.Add(_store.Load(path));
            }
            catch (RapportException ex)
            {
                _unreadable.Add(ex);
            }
        }
        foreach (var folder in _vault.RelationshipFolders())
        {
            _all.AddRange(LoadFolder(folder));
        }
    }

    /// <summary>
    /// A folder of meeting notes as its relationships: one for a folder of one person's notes, one per person
    /// for a folder of several people's; a group of which no note could be read is reported as unreadable.
    /// </summary>
    private IReadOnlyList<LoadedDocument> LoadFolder(string folder)
    {
        // Read once: name lookup, digests and All all ask for the same folders, and its problems are reported once.
        if (_folders.TryGetValue(folder, out var known)) return known;
        var loaded = ReadFolder(folder);
        _folders[folder] = loaded;
        return loaded;
    }

    private List<LoadedDocument> ReadFolder(string folder)
    {
        var relationships = new List<LoadedDocument>();
        foreach (var group in MeetingFolder.Read(_vault.Files, _store, folder, _vault.Display).ByPerson())
        {
            if (group.Relationship(_store.Today) is { } relationship)
            {
                relationships.Add(relationship);
                continue;
            }
            foreach (var (file, problem) in group.Problems)
                (_unreadable ??= []).Add(new RapportException(ErrorCode.InvalidFile, problem.Message, file, problem.Line == 0 ? null : problem.Line));
        }
        return relationships;
    }
}
