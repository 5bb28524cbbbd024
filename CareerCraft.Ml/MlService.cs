namespace CareerCraft.Ml;

/// <summary>
/// Marks the ML service's entry assembly; test factories use it because the top-level
/// <c>Program</c> types of the three services collide in one test project (DESIGN.md section 8).
/// </summary>
public sealed class MlService;
