using System.Net;
using System.Text.Json;

namespace Rapport.Web.Tests;

/// <summary>The search page and /api/search take what people type, and keep the box when a search cannot run.</summary>
public sealed class SearchPageTests : IDisposable
{
    private readonly RapportWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Theory]
    [InlineData("follow-up", "follow")]
    [InlineData("1:1", "1")]
    [InlineData("\"QBR deck", "QBR")]
    [InlineData("QBR AND", "QBR")]
    public async Task Should_search_what_was_typed_and_mark_a_match_in_every_snippet(string typed, string marked)
    {
        var (status, html) = await _web.Browser().Page("/search?q=" + Uri.EscapeDataString(typed));

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"value=\"{WebUtility.HtmlEncode(typed).Replace("&#39;", "&#x27;", StringComparison.Ordinal)}\"");
        int results = html.Split("<li>").Length - 1;
        results.ShouldBeGreaterThan(0);
        (html.Split("<mark>").Length - 1).ShouldBeGreaterThanOrEqualTo(results);
        html.ShouldContain($"<mark>{marked}", Case.Insensitive);
    }

    [Theory]
    [InlineData("*", "no word to search for")]
    [InlineData("a b c d e f g h i j ", "at most 1,000")]
    public async Task Should_keep_the_box_and_say_why_a_search_cannot_run(string typed, string why)
    {
        string query = typed.Length > 2 ? string.Concat(Enumerable.Repeat(typed, 1000)) : typed;

        var (status, html) = await _web.Browser().Page("/search?q=" + Uri.EscapeDataString(query));

        status.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("role=\"search\"");
        html.ShouldContain(why);
        if (typed == "*") html.ShouldContain("value=\"*\"");
    }

    [Fact]
    public async Task Should_answer_the_api_with_words_and_explain_a_bad_raw_query()
    {
        var browser = _web.Browser();

        var (okStatus, ok) = await browser.Page("/api/search?q=" + Uri.EscapeDataString("follow-up"));
        var (badStatus, bad) = await browser.Page("/api/search?raw=1&q=" + Uri.EscapeDataString("\"unclosed"));

        okStatus.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(ok).RootElement.GetArrayLength().ShouldBeGreaterThan(0);
        badStatus.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(bad).RootElement.GetProperty("error").GetString()!.ShouldStartWith("malformed search");
    }

    [Theory]
    [InlineData("limit=abc", HttpStatusCode.BadRequest, "limit takes a whole number from 1 to 1000, not 'abc'")]
    [InlineData("limit=99999999999", HttpStatusCode.OK, null)]
    [InlineData("limit=0", HttpStatusCode.OK, null)]
    [InlineData("q=budget+-hiring", HttpStatusCode.OK, null)]
    [InlineData("q=-hiring", HttpStatusCode.BadRequest, "'-hiring' only leaves words out")]
    [InlineData("q=%22", HttpStatusCode.BadRequest, "no word to search for")]
    [InlineData("q=(", HttpStatusCode.BadRequest, "no word to search for")]
    public async Task Should_answer_what_is_typed_into_the_api_with_results_or_a_reason(string query, HttpStatusCode expected, string? why)
    {
        var (status, json) = await _web.Browser().Page("/api/search?" + (query.StartsWith("q=", StringComparison.Ordinal) ? query : "q=renewal&" + query));

        status.ShouldBe(expected, json);
        if (why is not null) JsonDocument.Parse(json).RootElement.GetProperty("error").GetString()!.ShouldContain(why);
        else JsonDocument.Parse(json).RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Fact]
    public async Task Should_not_search_or_show_files_a_symbolic_link_leads_to_outside_the_vault()
    {
        using var outside = new Rapport.Testing.TempDirectory();
        File.WriteAllText(outside.File("secret.md"), "# Secret\n\nzanzibarquokka lives outside\n");
        Directory.CreateDirectory(outside.File("dir"));
        File.WriteAllText(outside.File("dir", "other.md"), "# Other\n\nzanzibarquokka in a linked folder\n");
        using var web = new RapportWebFactory(arrange: vault =>
        {
            File.CreateSymbolicLink(vault.File("Career", "1-on-1s", "evil.md"), outside.File("secret.md"));
            Directory.CreateSymbolicLink(vault.File("outdir"), outside.File("dir"));
        });
        var browser = web.Browser();

        var (status, json) = await browser.Page("/api/search?q=zanzibarquokka");
        var (personStatus, _) = await browser.Page("/people/evil");

        status.ShouldBe(HttpStatusCode.OK);
        json.ShouldNotContain("zanzibarquokka");
        JsonDocument.Parse(json).RootElement.GetArrayLength().ShouldBe(0);
        personStatus.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("../../etc", HttpStatusCode.BadRequest)]
    [InlineData("a/b", HttpStatusCode.BadRequest)]
    [InlineData("nobody-at-all", HttpStatusCode.NotFound)]
    public async Task Should_answer_a_bad_person_filter_with_a_4xx_on_the_page_and_in_the_api(string person, HttpStatusCode expected)
    {
        var browser = _web.Browser();

        var (pageStatus, html) = await browser.Page("/search?q=a&person=" + Uri.EscapeDataString(person));
        var (apiStatus, json) = await browser.Page("/api/search?q=a&person=" + Uri.EscapeDataString(person));

        pageStatus.ShouldBe(expected);
        html.ShouldContain("role=\"search\"");
        apiStatus.ShouldBe(expected);
        JsonDocument.Parse(json).RootElement.GetProperty("error").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_narrow_the_api_to_one_person()
    {
        var (status, json) = await _web.Browser().Page("/api/search?q=QBR&person=noah");

        status.ShouldBe(HttpStatusCode.OK);
        var hits = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.GetProperty("slug").GetString() == "noah-patel");
    }
}
