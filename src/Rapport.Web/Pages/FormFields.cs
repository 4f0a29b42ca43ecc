using Microsoft.AspNetCore.Http;

namespace Rapport.Web;

/// <summary>
/// A posted form's fields by name, for each form record's <c>BindAsync</c>: Native AOT's
/// request-delegate generator binds those, not <c>[FromForm]</c> records. A missing field is null.
/// </summary>
internal readonly struct FormFields(IFormCollection form)
{
    public string? this[string name] => form.TryGetValue(name, out var values) ? values.ToString() : null;

    public static FormFields Empty { get; } = new(FormCollection.Empty);

    public static async Task<FormFields> ReadAsync(HttpContext context) =>
        new(context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty);
}
