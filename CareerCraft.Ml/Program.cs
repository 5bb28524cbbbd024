using CareerCraft.Ml.Extraction;
using CareerCraft.Ml.Infrastructure;
using CareerCraft.Ml.Skills;
using CareerCraft.ServiceDefaults.Auth;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCareerCraftJwtBearer();
builder.AddPerUserRateLimiting();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.AddExtraction();
builder.AddSkills();

var app = builder.Build();

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

app.Run();
