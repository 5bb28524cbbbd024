using CareerCraft.Backend.Accounts;
using CareerCraft.Backend.Applications;
using CareerCraft.Backend.Auth;
using CareerCraft.Backend.Auth.Keys;
using CareerCraft.Backend.CoverLetters;
using CareerCraft.Backend.Files;
using CareerCraft.Backend.Infrastructure;
using CareerCraft.Backend.Jobs;
using CareerCraft.Backend.JsonResume;
using CareerCraft.Backend.Profiles;
using CareerCraft.Backend.Quotas;
using CareerCraft.Backend.Resumes;
using CareerCraft.Backend.Storage;
using CareerCraft.ServiceDefaults.Proxies;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStorage();
builder.AddFiles();
builder.AddAuth();
builder.AddAccounts();
builder.AddResumes();
builder.AddQuotas();
builder.AddApplications();
builder.AddBackendApi();

var app = builder.Build();

app.UseKnownProxies();
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
app.MapJwksApi();
app.MapAuthApi();
app.MapAccountApi();
app.MapProfileApi();
app.MapResumesApi();
app.MapJsonResumeApi();
app.MapCoverLettersApi();
app.MapJobsApi();
app.MapApplicationsApi();

app.Run();
