namespace LegCheck.Activities.Track;

/// <summary>Great-circle distances.</summary>
public static class Geo
{
    /// <summary>Mean Earth radius in metres (IUGG).</summary>
    public const double EarthRadiusM = 6_371_008.8;

    /// <summary>Haversine distance in metres between two points given in degrees.</summary>
    public static double HaversineM(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = double.DegreesToRadians(lat2 - lat1);
        double dLon = double.DegreesToRadians(lon2 - lon1);
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>FIT semicircles (2^31 per 180 degrees) to degrees.</summary>
    public static double SemicirclesToDegrees(long semicircles) => semicircles * (180.0 / 2147483648.0);

    public static int DegreesToSemicircles(double degrees) => (int)Math.Round(degrees * (2147483648.0 / 180.0));
}
