using Rapport.Core.Vaults;

namespace Rapport.Index;

public sealed partial class VaultIndex
{
    /// <summary>
    /// Brings the index in step for what list, status, actions, show and prep read: the running documents and the folders
    /// of meeting notes (<see cref="FileKinds.HoldsRelationship"/>). Only the relationships folder and the folders directly in it
    /// (not the archive, not the raw notes) are walked, and their stamps are compared with the index's rows of those kinds:
    /// on the 2,000 × 5 vault, 2,000 files walked instead of 42,000. What changed is read and written as <see cref="Sync"/>
    /// does; the rest of the vault (archives, raw notes, other notes) waits for the next whole sync, which search makes.
    /// </summary>
    public SyncResult SyncRelationships()
    {
        long walked = DateTime.UtcNow.Ticks;
        var kinds = new FileKinds(_vault);
        var files = Walk(_vault.Files.EnumerateStamps(_vault.RelationshipsDirectory, "*.md", kinds.HoldsRelationships));
        var outOfDay = OutOfDay(relationshipsOnly: true);
        if (outOfDay.Count == 0 && Unchanged(files, RelationshipStamps())) return new SyncResult(0, 0, 0, files.Count);
        return Write(known => Compare(files, known, force: false, covers: path => FileKinds.HoldsRelationship(kinds.Of(Path.Combine(_vault.Root, path))), named: outOfDay),
            files.Count, walked, force: false, progress: null, outOfDay);
    }

    /// <summary>What the index holds of the running documents and meeting notes: modified time and size by path (files_kind, not the whole stamps blob).</summary>
    private Dictionary<string, (long Mtime, long Size)> RelationshipStamps()
    {
        using var reader = Command("SELECT path, mtime, size FROM files WHERE kind IN ($relationship, $note)");
        reader.Bind("$relationship", FileReader.Relationship);
        reader.Bind("$note", FileReader.MeetingNote);
        var stamps = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        while (reader.Read()) stamps[reader.Text(0)] = (reader.Int64(1), reader.Int64(2));
        return stamps;
    }

    /// <summary>Whether the walked files are exactly the indexed ones, with the same stamps.</summary>
    private bool Unchanged(List<FileStamp> files, Dictionary<string, (long Mtime, long Size)> indexed)
    {
        if (files.Count != indexed.Count) return false;
        var lookup = indexed.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var file in files)
            if (!lookup.TryGetValue(RelativeSpan(file.Path), out var stamp) || stamp.Mtime != file.ModifiedTicks || stamp.Size != file.Length) return false;
        return true;
    }
}
