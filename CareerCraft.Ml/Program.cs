using CareerCraft.Ml.CoverLetters;
using CareerCraft.Ml.Extraction.Workers;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Ml.Model;
using CareerCraft.ServiceDefaults.Auth;
using CareerCraft.ServiceDefaults.Files;
using Scalar.AspNetCore;
using CareerCraft.Ml.Analysis;
using CareerCraft.Ml.Documents;
using CareerCraft.Ml.Embeddings;
using CareerCraft.Ml.Extraction;
using CareerCraft.Ml.Matching;
using CareerCraft.Ml.Ranking;
using CareerCraft.Ml.Skills;

// The same executable is also an extraction worker: untrusted files are parsed there, never in the web service.
if (ExtractionWorkerMode.IsRequested(args))
{
    return await ExtractionWorkerMode.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCareerCraftJwtBearer();
builder.AddPerUserRateLimiting();
builder.Services.AddProblemDetails();
builder.Services.AddProblemExceptions();
builder.Services.AddOpenApi();
builder.AddResumeDocuments();
builder.AddExtraction();
builder.AddEmbeddings();
builder.AddJobMatching();
builder.AddJobRanking();
builder.AddSkills();
builder.AddResumeAnalysis();
builder.AddCoverLetters();

var app = builder.Build();

app.UseRequestsInFlight();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

if (app.Environment.IsDevelopment())
{
    app.MapOpenApi();
    app.MapScalarApiReference();
}

app.MapDefaultEndpoints();
app.MapExtractionApi();
app.MapModelApi();
app.MapJobMatchApi();
app.MapJobRankApi();
app.MapResumeAnalysisApi();
app.MapCoverLetterApi();

app.Run();
return 0;
