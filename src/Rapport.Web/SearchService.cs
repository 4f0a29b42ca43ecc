using Rapport.Core.Vaults;
using Rapport.Index;

namespace Rapport.Web;

/// <summary>
/// Search over a warm index: the SQLite index stays open for the life of the app and is brought in
/// step with the files before each query (a no-change sync is a directory walk), so a search costs
/// milliseconds instead of a process start.
/// </summary>
internal sealed class SearchService(VaultSource source) : IDisposable
{
    private readonly Lock _gate = new();
    private VaultIndex? _index;

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        lock (_gate)
        {
            _index ??= VaultIndex.Open(source.Open());
            _index.Sync();
            return _index.Search(query);
        }
    }

    public void Dispose() => _index?.Dispose();
}
