using SpecAnalyzers;

namespace ValidCode;

[Goal("Grow checkout conversion", KeyResult = "+3% completed orders per visitor by 2027-03-31")]
public sealed class GrowConversion { }

[Goal("Make listening work anywhere", KeyResult = "30% of commuters play music offline weekly by 2027-06-30")]
public sealed class ListenAnywhere { }
