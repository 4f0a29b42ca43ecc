using Rapport.Core.Documents;

namespace Rapport.Core.Vaults;

/// <summary>
/// The relationships in a vault and the rules for naming one: a file slug, a full name, or an
/// unambiguous first name or prefix.
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
            var slug = Match(name, query, digests.Select(d => (Slug: Slug.From(d.Slug), Full: Slug.From(d.Name), Shown: d.Person is { } p ? $"{p} ({d.Slug})" : d.Slug)));
            return Load(digests.First(d => Slug.From(d.Slug) == slug));
        }
        var slugOf = Match(name, query, All.Select(d => (Slug: Slug.From(d.Slug), Full: Slug.From(d.Document.Person ?? d.Slug), Shown: Describe(d))));
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

    /// <summary>The slug of the one candidate the name means: by slug, full name, first name, then prefix.</summary>
    private string Match(string name, string query, IEnumerable<(string Slug, string Full, string Shown)> people)
    {
        var candidates = people.ToList();
        var stages = new Func<(string Slug, string Full, string Shown), bool>[]
        {
            c => c.Slug == query,
            c => c.Full == query,
            c => FirstWord(c.Full) == query,
            c => c.Full.StartsWith(query, StringComparison.Ordinal) || c.Slug.StartsWith(query, StringComparison.Ordinal)
                || c.Full.Split('-').Any(w => w.StartsWith(query, StringComparison.Ordinal)),
        };
        foreach (var stage in stages)
        {
            var matches = candidates.Where(stage).DistinctBy(c => c.Slug).ToList();
            if (matches.Count == 1) return matches[0].Slug;
            if (matches.Count > 1)
                throw new RapportException(ErrorCode.UnknownPerson,
                    $"'{name}' matches {matches.Count} people: {string.Join(", ", matches.Select(m => m.Shown))}; name one of them in full");
        }
        throw new RapportException(ErrorCode.UnknownPerson,
            $"no person '{PersonName.Printable(name)}' in {_vault.Config.RelationshipsFolder}; 'rapport list' shows who is there");
    }

    /// <summary>Whether a name is already taken by a document's slug or person.</summary>
    public LoadedDocument? FindExact(string name)
    {
        string query = Slug.From(name);
        return All.FirstOrDefault(d => d.Slug == query || Slug.From(d.Document.Person ?? "") == query);
    }

    private static string Describe(LoadedDocument doc) => doc.Document.Person is { } person ? $"{person} ({doc.Slug})" : doc.Slug;

    private static string FirstWord(string slug) => slug.Split('-')[0];

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
