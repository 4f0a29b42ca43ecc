using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport extract</c>: what the notes engine takes from notes, with no vault needed.</summary>
public static class ExtractCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        // extract records nothing, so any day may be the reference for the due phrases: no future-date check here.
        var date = new Option<string>("--date") { Description = "The meeting date, from which due phrases count", HelpName = "DATE", Required = true };
        var person = new Option<string>("--person") { Description = "The other person's name", Required = true };
        var cadence = new Option<string>("--cadence") { Description = $"The relationship's cadence, for \"next 1:1\": {Vocabulary.FrequencyWords}", DefaultValueFactory = _ => "weekly" };
        var file = new Option<string?>("--file") { Description = "Read the notes from a file instead of standard input", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var llm = LlmAccess.Option("needs a vault");
        var command = new Command("extract", "Extract actions, wins, decisions and more from meeting notes (standard input by default)") { date, person, cadence, file, json, llm };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var meetingDate = global.ReadDate(result, context, result.GetValue(date)!, "--date");
            if (!Vocabulary.TryParseFrequency(result.GetValue(cadence), out Frequency frequency))
                throw new RapportException(ErrorCode.Usage, $"unknown cadence '{result.GetValue(cadence)}'; use {Vocabulary.FrequencyWords}");
            string notes = NotesInput.Read(context, result.GetValue(file));
            var assistant = result.GetValue(llm) ? LlmAccess.Assistant(context, global.OpenVault(result, context)) : null;
            var extraction = LlmAccess.Extractor(assistant)(notes, new MeetingContext(meetingDate, result.GetValue(person)!.Trim(), frequency));
            if (result.GetValue(json)) JsonOutput.Write(context.Output, ExtractionJson.From(extraction));
            else ExtractionText.Write(context.Console, extraction);
            return 0;
        }));
        return command;
    }
}
