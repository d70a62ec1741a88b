using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement.Mvc;
using MusicApp.Specs;

namespace MusicApp.Web;

/// <summary>The lyric-card endpoint exists only for the users in the experiment's rollout.</summary>
[ApiController]
[Route("lyrics")]
public sealed class LyricsController : ControllerBase
{
    [HttpPost("{songId}/card")]
    [FeatureGate(LyricsCardShare.Key)]
    public IActionResult ShareCard(string songId) => Ok(new { songId, card = "lyrics-card.png" });
}
