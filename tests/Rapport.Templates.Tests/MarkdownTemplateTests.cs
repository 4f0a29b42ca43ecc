namespace Rapport.Templates.Tests;

/// <summary>The Handlebars subset of framework templates: what renders, and what is refused with its line.</summary>
public sealed class MarkdownTemplateTests
{
    private static string Render(string template, Dictionary<string, object?> model) => MarkdownTemplate.Parse(template).Render(model);

    private static readonly Dictionary<string, object?> Model = new()
    {
        ["person"] = "Noah & <Co>",
        ["minutes"] = 30,
        ["zero"] = 0,
        ["empty"] = new List<object?>(),
        ["last"] = new Dictionary<string, object?> { ["date"] = "2026-01-13", ["summary"] = null },
        ["steps"] = new List<object?>
        {
            new Dictionary<string, object?> { ["title"] = "One", ["items"] = new List<object?> { "a", "b" } },
            new Dictionary<string, object?> { ["title"] = "Two", ["items"] = new List<object?>() },
        },
    };

    [Fact]
    public void Should_write_values_unescaped_and_missing_ones_as_nothing() =>
        Render("{{person}}|{{{person}}}|{{minutes}}|{{last.date}}|{{last.summary}}|{{nope.deeper}}|", Model)
            .ShouldBe("Noah & <Co>|Noah & <Co>|30|2026-01-13|||");

    [Fact]
    public void Should_treat_zero_empty_and_missing_as_false() =>
        Render("{{#if zero}}z{{/if}}{{#if empty}}e{{else}}E{{/if}}{{#unless nope}}U{{/unless}}{{#if minutes}}M{{/if}}{{#if nope}}1{{else if minutes}}2{{else}}3{{/if}}", Model)
            .ShouldBe("EUM2");

    [Fact]
    public void Should_drop_the_lines_of_standalone_block_tags()
    {
        const string template = "# {{person}}\n{{#each steps}}\n  {{! a comment }}\n## {{@index}} {{title}} ({{../person}})\n{{#each items}}\n- {{this}}{{#if @last}}.{{/if}} {{@root.minutes}}\n{{else}}\n- nothing\n{{/each}}\n{{/each}}\nend\n";

        Render(template, Model).ShouldBe("# Noah & <Co>\n## 0 One (Noah & <Co>)\n- a 30\n- b. 30\n## 1 Two (Noah & <Co>)\n- nothing\nend\n");
    }

    [Fact]
    public void Should_trim_whitespace_beside_a_tilde() =>
        Render("a  {{~#with last~}}  {{date}}  {{~/with}}  b", Model).ShouldBe("a2026-01-13  b");

    [Theory]
    [InlineData("line one\n{{#each steps}}\n{{/if}}\n", 3, "A closing element '/if' was found without a matching open element")]
    [InlineData("one\ntwo {{> header}}\n", 2, "'{{> header}}' is not supported")]
    [InlineData("{{#each steps}}\n{{#if title}}\n{{/each}}\n", 3, "A closing element '/each'")]
    [InlineData("\n\n{{#if person}}\nnever closed\n", 3, "'{{#if}}' is not closed by '{{/if}}'")]
    [InlineData("{{#each steps as |step|}}{{/each}}", 1, "is not supported")]
    [InlineData("{{format date \"yyyy\"}}", 1, "is not supported")]
    [InlineData("{{#if a}}{{else}}{{else}}{{/if}}", 1, "second '{{else}}'")]
    [InlineData("one\n{{person", 2, "'{{' is not closed")]
    public void Should_refuse_what_it_cannot_render_naming_the_line(string template, int line, string message)
    {
        var ex = Should.Throw<TemplateSyntaxException>(() => MarkdownTemplate.Parse(template));

        ex.Line.ShouldBe(line);
        ex.Message.ShouldContain(message);
    }
}
