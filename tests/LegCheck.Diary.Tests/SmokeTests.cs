namespace LegCheck.Diary.Tests;
public class SmokeTests { [Xunit.Fact] public void Build_Always_Compiles() => Xunit.Assert.True(typeof(SmokeTests).Assembly.GetName().Name!.Length > 0); }
