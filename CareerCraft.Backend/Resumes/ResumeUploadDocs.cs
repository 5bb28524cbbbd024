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
                Description = "The resume, PDF or DOCX (judged by content), at most 5 MB; optional display name.",
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
            Description = "The analysis as a JSON object (e.g. the ML service's /resume/analyze answer); stored as sent.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
            },
        };
        return Task.CompletedTask;
    }
}
