using System.Collections;
using System.Globalization;
using System.Text;

namespace Rapport.Templates;

/// <summary>
/// The subset of Handlebars that framework templates use (docs/prep.md), rendered without
/// reflection or generated code, so the Native AOT binary runs it as the JIT build does:
/// <list type="bullet">
/// <item><c>{{name}}</c>, <c>{{{name}}}</c>, <c>{{&amp;name}}</c>: a value, never HTML-escaped (the output is Markdown);
/// paths <c>last.date</c>, <c>this</c>, <c>this.text</c>, <c>../person</c>, <c>@root.person</c>, <c>@index</c>, <c>@first</c>, <c>@last</c>, <c>@key</c>.</item>
/// <item><c>{{#if x}}</c>, <c>{{#unless x}}</c>, <c>{{#each x}}</c>, <c>{{#with x}}</c>, each with <c>{{else}}</c>
/// (and <c>{{else if y}}</c>), closed by <c>{{/name}}</c>.</item>
/// <item><c>{{! comment }}</c>, <c>{{!-- comment --}}</c>; <c>~</c> trims the whitespace beside a tag.</item>
/// </list>
/// A block tag alone on its line takes the line with it, as in Handlebars. Anything else
/// (partials, helpers with arguments, literals) is an error naming the line, not output.
/// The model is data: dictionaries with string keys, lists, strings and numbers.
/// </summary>
public sealed class MarkdownTemplate
{
    /// <summary>What the syntax error message lists as supported.</summary>
    public const string Supported = "{{name}}, {{#if}}, {{#unless}}, {{#each}}, {{#with}}, {{else}} and {{! comments }}";

    private static readonly string[] BlockHelpers = ["if", "unless", "each", "with"];

    private readonly List<Node> _nodes;

    private MarkdownTemplate(List<Node> nodes) => _nodes = nodes;

    /// <summary>Parses a template body; <see cref="TemplateSyntaxException"/> names the line (1 = the body's first).</summary>
    public static MarkdownTemplate Parse(string text) => new(Parser.Parse(Tokenizer.Tokenize(text)));

    public string Render(object? model)
    {
        var output = new StringBuilder();
        Write(output, _nodes, new Scope(model, null, null, model));
        return output.ToString();
    }

    private static void Write(StringBuilder output, List<Node> nodes, Scope scope)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    output.Append(text.Text);
                    break;
                case ValueNode value:
                    output.Append(Format(scope.Resolve(value.Path)));
                    break;
                case BlockNode block:
                    WriteBlock(output, block, scope);
                    break;
            }
        }
    }

    private static void WriteBlock(StringBuilder output, BlockNode block, Scope scope)
    {
        object? value = scope.Resolve(block.Path);
        switch (block.Helper)
        {
            case "if":
                Write(output, IsTruthy(value) ? block.Body : block.Inverse, scope);
                break;
            case "unless":
                Write(output, IsTruthy(value) ? block.Inverse : block.Body, scope);
                break;
            case "with":
                if (IsTruthy(value)) Write(output, block.Body, new Scope(value, scope, null, scope.Root));
                else Write(output, block.Inverse, scope);
                break;
            case "each":
                var items = Items(value);
                if (items.Count == 0) Write(output, block.Inverse, scope);
                for (int i = 0; i < items.Count; i++)
                {
                    var data = new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["index"] = i,
                        ["first"] = i == 0,
                        ["last"] = i == items.Count - 1,
                        ["key"] = items[i].Key ?? (object)i,
                    };
                    Write(output, block.Body, new Scope(items[i].Value, scope, data, scope.Root));
                }
                break;
        }
    }

    /// <summary>A list's items, or a map's entries with their keys; nothing for anything else.</summary>
    private static List<(string? Key, object? Value)> Items(object? value) => value switch
    {
        null or string => [],
        IDictionary<string, object?> map => [.. map.Select(e => ((string?)e.Key, e.Value))],
        IEnumerable list => [.. list.Cast<object?>().Select(v => ((string?)null, v))],
        _ => [],
    };

    /// <summary>Handlebars' truth: not null, false, empty text, zero or an empty list.</summary>
    private static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int n => n != 0,
        long n => n != 0,
        double n => n != 0,
        decimal n => n != 0,
        IEnumerable list => list.GetEnumerator().MoveNext(),
        _ => true,
    };

    private static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IDictionary<string, object?> => "",
        IEnumerable list => string.Join(",", list.Cast<object?>().Select(Format)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The context a block sees: its value, the enclosing scope (<c>../</c>), its <c>@</c> data and the root.</summary>
    private sealed record Scope(object? Context, Scope? Parent, Dictionary<string, object?>? Data, object? Root)
    {
        public object? Resolve(TemplatePath path)
        {
            Scope? scope = this;
            for (int up = 0; up < path.Up && scope is not null; up++) scope = scope.Parent;
            if (scope is null) return null;
            object? value;
            int first = 0;
            if (path.IsData)
            {
                if (path.Segments.Count == 0) return null;
                if (path.Segments[0] == "root") value = scope.Root;
                else
                {
                    var data = scope;
                    while (data is not null && data.Data is null) data = data.Parent;
                    value = data?.Data?.GetValueOrDefault(path.Segments[0]);
                }
                first = 1;
            }
            else value = scope.Context;
            for (int i = first; i < path.Segments.Count; i++)
                value = value is IDictionary<string, object?> map ? map.TryGetValue(path.Segments[i], out var child) ? child : null : null;
            return value;
        }
    }

    private abstract record Node;

    private sealed record TextNode(string Text) : Node;

    private sealed record ValueNode(TemplatePath Path) : Node;

    private sealed record BlockNode(string Helper, TemplatePath Path, int Line) : Node
    {
        public List<Node> Body { get; } = [];

        public List<Node> Inverse { get; } = [];

        public bool InInverse { get; set; }

        /// <summary>An <c>{{else if}}</c>: closed by its chain's closing tag.</summary>
        public bool Chained { get; init; }

        public List<Node> Current => InInverse ? Inverse : Body;
    }

    /// <summary>A value's path: how many scopes up (<c>../</c>), whether it names <c>@</c> data, then the keys.</summary>
    internal sealed record TemplatePath(int Up, bool IsData, IReadOnlyList<string> Segments)
    {
        public static TemplatePath? Read(string text)
        {
            int up = 0;
            bool data = text.StartsWith('@');
            if (data) text = text[1..];
            while (text.StartsWith("../", StringComparison.Ordinal)) { up++; text = text[3..]; }
            if (text is "this" or ".") return new(up, data, []);
            if (text.StartsWith("this.", StringComparison.Ordinal) || text.StartsWith("this/", StringComparison.Ordinal)) text = text[5..];
            var segments = text.Split('.', '/');
            return segments.All(IsName) ? new(up, data, segments) : null;
        }

        private static bool IsName(string segment) =>
            segment.Length > 0 && segment.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '$');
    }

    internal enum TagKind { Text, Value, Open, Close, Else, Comment }

    /// <summary>A piece of the template: text, or a tag with its trimmed content and its line.</summary>
    internal sealed record Token(TagKind Kind, string Content, int Line, string Source)
    {
        public bool TrimBefore { get; init; }

        public bool TrimAfter { get; init; }

        public bool IsStandaloneKind => Kind is TagKind.Open or TagKind.Close or TagKind.Else or TagKind.Comment;
    }

    private static class Tokenizer
    {
        /// <summary>Text, then tag and text in turn (a text may be empty), then <see cref="Standalone"/> applied.</summary>
        public static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            int at = 0, line = 1;
            while (true)
            {
                int open = text.IndexOf("{{", at, StringComparison.Ordinal);
                if (open < 0) { tokens.Add(new(TagKind.Text, text[at..], line, "")); break; }
                tokens.Add(new(TagKind.Text, text[at..open], line, ""));
                line += Count(text, at, open);
                if (text.AsSpan(open).StartsWith("{{{{")) throw Unsupported("{{{{", line);
                if (open > 0 && text[open - 1] == '\\') throw Unsupported("\\{{", line);
                bool triple = text.AsSpan(open).StartsWith("{{{");
                bool longComment = text.AsSpan(open + 2).TrimStart('~').StartsWith("!--");
                int close = longComment ? LongCommentEnd(text, open + 5) : text.IndexOf(triple ? "}}}" : "}}", open, StringComparison.Ordinal);
                if (close < 0) throw new TemplateSyntaxException("'{{' is not closed by '}}'", line);
                int end = close + (triple ? 3 : 2);
                tokens.Add(Tag(text[open..end], triple, line));
                line += Count(text, open, end);
                at = end;
            }
            return Standalone(tokens);
        }

        /// <summary>Where the <c>}}</c> of a <c>{{!-- … --}}</c> comment is (it may hold <c>}}</c> itself).</summary>
        private static int LongCommentEnd(string text, int from)
        {
            for (int dashes = text.IndexOf("--", from, StringComparison.Ordinal); dashes >= 0; dashes = text.IndexOf("--", dashes + 1, StringComparison.Ordinal))
            {
                int after = dashes + 2 + (text.AsSpan(dashes + 2).StartsWith("~") ? 1 : 0);
                if (text.AsSpan(after).StartsWith("}}")) return after;
            }
            return -1;
        }

        private static int Count(string text, int from, int to) => text.AsSpan(from, to - from).Count('\n');

        private static Token Tag(string source, bool triple, int line)
        {
            string inner = triple ? source[3..^3] : source[2..^2];
            bool trimBefore = inner.StartsWith('~'), trimAfter = inner.EndsWith('~') && inner.Length > 1;
            if (trimBefore) inner = inner[1..];
            if (trimAfter) inner = inner[..^1];
            if (inner.StartsWith('!')) return new(TagKind.Comment, "", line, source) { TrimBefore = trimBefore, TrimAfter = trimAfter };
            inner = inner.Trim();
            var kind = TagKind.Value;
            if (!triple)
            {
                switch (inner.FirstOrDefault())
                {
                    case '#': kind = TagKind.Open; inner = inner[1..].Trim(); break;
                    case '/': kind = TagKind.Close; inner = inner[1..].Trim(); break;
                    case '&': inner = inner[1..].Trim(); break;
                    case '^' when inner.Length == 1: kind = TagKind.Else; inner = ""; break;
                    case '^' or '>' or '*' or '(' or '"' or '\'' or '[' or '=': throw Unsupported(source, line);
                }
                if (inner == "else" || inner.StartsWith("else ", StringComparison.Ordinal)) { kind = TagKind.Else; inner = inner[4..].Trim(); }
            }
            return new(kind, inner, line, source) { TrimBefore = trimBefore, TrimAfter = trimAfter };
        }

        /// <summary>
        /// A block tag or comment alone on its line (only spaces or tabs beside it) takes the
        /// line's indentation and line break with it; <c>~</c> trims all whitespace on its side.
        /// </summary>
        private static List<Token> Standalone(List<Token> tokens)
        {
            var texts = tokens.Select(t => t.Kind == TagKind.Text ? t.Content : null).ToArray();
            for (int i = 1; i < tokens.Count; i += 2)
            {
                var tag = tokens[i];
                if (tag.IsStandaloneKind && LineEndsBlank(tokens[i - 1].Content, atStart: i == 1) && LineStartsBlank(tokens[i + 1].Content, atEnd: i + 2 == tokens.Count))
                {
                    texts[i - 1] = texts[i - 1]!.TrimEnd(' ', '\t');
                    string next = texts[i + 1]!;
                    int skip = next.Length - next.TrimStart(' ', '\t').Length;
                    if (skip < next.Length && next[skip] == '\r') skip++;
                    if (skip < next.Length && next[skip] == '\n') skip++;
                    texts[i + 1] = next[skip..];
                }
                if (tag.TrimBefore) texts[i - 1] = texts[i - 1]!.TrimEnd();
                if (tag.TrimAfter) texts[i + 1] = texts[i + 1]!.TrimStart();
            }
            return [.. tokens.Select((t, i) => t.Kind == TagKind.Text ? t with { Content = texts[i]! } : t)];
        }

        private static bool LineEndsBlank(string text, bool atStart)
        {
            int newline = text.LastIndexOf('\n');
            return (newline >= 0 || atStart) && text.AsSpan(newline + 1).Trim(" \t").IsEmpty;
        }

        private static bool LineStartsBlank(string text, bool atEnd)
        {
            int newline = text.IndexOf('\n');
            return (newline >= 0 || atEnd) && text.AsSpan(0, newline >= 0 ? newline : text.Length).Trim(" \t\r").IsEmpty;
        }
    }

    private static class Parser
    {
        public static List<Node> Parse(List<Token> tokens)
        {
            var root = new List<Node>();
            var open = new Stack<BlockNode>();
            List<Node> Current() => open.Count == 0 ? root : open.Peek().Current;
            foreach (var token in tokens)
            {
                switch (token.Kind)
                {
                    case TagKind.Text:
                        if (token.Content.Length > 0) Current().Add(new TextNode(token.Content));
                        break;
                    case TagKind.Comment:
                        break;
                    case TagKind.Value:
                        Current().Add(new ValueNode(PathOf(token.Content, token)));
                        break;
                    case TagKind.Open:
                        var block = Block(token.Content, token, chained: false);
                        Current().Add(block);
                        open.Push(block);
                        break;
                    case TagKind.Else:
                        if (open.Count == 0 || open.Peek().InInverse)
                            throw new TemplateSyntaxException("'{{else}}' is outside a block, or a block's second '{{else}}'", token.Line);
                        var owner = open.Peek();
                        owner.InInverse = true;
                        if (token.Content.Length > 0)
                        {
                            var chained = Block(token.Content, token, chained: true);
                            owner.Inverse.Add(chained);
                            open.Push(chained);
                        }
                        break;
                    case TagKind.Close:
                        while (open.Count > 0 && open.Peek().Chained) open.Pop();
                        if (open.Count == 0 || open.Peek().Helper != token.Content)
                            throw new TemplateSyntaxException($"A closing element '/{token.Content}' was found without a matching open element", token.Line);
                        open.Pop();
                        break;
                }
            }
            if (open.Count > 0)
            {
                var unclosed = open.Last(b => !b.Chained);
                throw new TemplateSyntaxException($"'{{{{#{unclosed.Helper}}}}}' is not closed by '{{{{/{unclosed.Helper}}}}}'", unclosed.Line);
            }
            return root;
        }

        private static BlockNode Block(string content, Token token, bool chained)
        {
            var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 2 || !BlockHelpers.Contains(words[0])) throw Unsupported(token.Source, token.Line);
            return new BlockNode(words[0], PathOf(words[1], token), token.Line) { Chained = chained };
        }

        private static TemplatePath PathOf(string content, Token token) =>
            TemplatePath.Read(content) ?? throw Unsupported(token.Source, token.Line);
    }

    private static TemplateSyntaxException Unsupported(string source, int line) =>
        new($"'{source}' is not supported; use {Supported}", line);
}

/// <summary>A template that cannot be read: the message and the line of the template body.</summary>
public sealed class TemplateSyntaxException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}
