using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareerCraft.Backend.Resumes;

/// <summary>
/// OpenAPI request bodies for the endpoints that read their body themselves (so routing cannot refuse a content type
/// with 415 before authentication answers 401).
/// </summary>
internal static class ResumeUploadDocs
{
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Describe(string field) =>
        (operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The resume, PDF or DOCX (judged by content), at most 5 MB; optional display name; optionally the text and analysis already read from it.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { field },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                [field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                                ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                                [PriorReading.TextField] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.String,
                                    MaxLength = PriorReading.MaxTextChars,
                                    Description = "The text already extracted from this file (the ML service's /resume/extract-text); stored instead of extracting again.",
                                },
                                [PriorReading.HashField] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.String,
                                    Pattern = "^[0-9a-fA-F]{64}$",
                                    Description = "Required with text: the SHA-256 (hex) of the file the text was read from.",
                                },
                                [PriorReading.AnalysisField] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.String,
                                    Description = "Optional, with text: the ML service's /resume/analyze answer for that text (JSON), checked against that contract and saved with the resume as sent.",
                                },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        };

    public static Task DescribeAnalysis(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The ML service's /resume/analyze answer; checked against that contract (breakdown, contact, sections, skills, experience, education and feedback are required) and stored as sent.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
            },
        };
        return Task.CompletedTask;
    }
}
