using SpecAnalyzers;

namespace MusicApp;

[Goal("Grow social discovery of music", KeyResult = "+5% weekly shares by 2027-03-31")]
public sealed class SocialDiscovery { }

[Goal("Make listening work anywhere", KeyResult = "30% of commuters play music offline weekly by 2027-06-30")]
public sealed class ListenAnywhere { }
