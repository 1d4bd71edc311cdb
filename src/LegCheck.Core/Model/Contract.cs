namespace LegCheck.Core.Model;

/// <summary>
/// The public ids of ../shared/case-format.md. The knowledge base may add ids but must define all of these;
/// the validator checks it, so an id can never be renamed or dropped by accident.
/// </summary>
public static class Contract
{
    public static IReadOnlyList<string> Facts { get; } =
    [
        "age", "sex", "cramp", "numbness", "tingling", "burning", "pain", "tightness", "weakness",
        "foot_drop", "swelling", "location", "side", "onset_during_run", "onset_after_run", "onset_at_rest",
        "onset_at_night", "onset_minutes_into_run", "onset_predictable", "onset_sudden", "late_in_run",
        "episode_minutes", "resolves_minutes_after_stopping", "persists_at_rest", "recurrent", "worsening",
        "relieved_by_stretching", "relieved_by_loosening_laces", "relieved_by_rest",
        "worse_with_sitting_or_bending", "pain_on_ankle_end_range", "tapping_inner_ankle_tingles",
        "visible_muscle_knot", "calf_warm_or_red", "calf_tender", "one_calf_larger", "calf_hard_tense",
        "severe_pain_out_of_proportion", "sudden_sharp_pain_pop", "bruising", "unable_to_bear_weight",
        "limp", "foot_cold_or_pale", "back_pain", "pain_radiates_from_back", "saddle_numbness",
        "bladder_or_bowel_change", "chest_pain", "short_of_breath", "dizziness", "nausea_or_vomiting",
        "headache", "confusion", "heavy_sweating", "hot_dry_skin", "dark_urine",
        "swollen_hands_or_weight_gain", "run_minutes", "hot_humid_weather", "low_fluid_intake",
        "drank_much_plain_water", "electrolytes_taken", "heavy_salty_sweater", "mileage_increase_pct",
        "higher_intensity_than_usual", "skipped_warmup", "shoes_tight_or_narrow", "laces_tight",
        "shoes_worn_out", "new_shoes", "poor_arch_support", "hard_surfaces", "overstriding",
        "flat_feet_or_overpronation", "weak_ankles", "tight_calves", "recent_long_travel",
        "recent_surgery_or_immobilization", "hormonal_contraception_or_hrt", "previous_dvt", "active_cancer",
        "diuretic_or_statin", "smoker", "diabetes", "history_back_problems", "recent_leg_trauma",
        "pressure_at_outer_knee",

        // Version 2.
        "fainted_or_collapsed", "worsening_rapidly", "repeated_vomiting", "palpitations", "shaky_or_trembling",
        "rest_pain", "urge_to_move_legs", "pain_when_walking", "pain_when_hopping", "worse_first_steps_morning",
        "eases_once_warmed_up", "eased_by_sitting_or_bending_forward", "colour_change_in_cold",
        "bone_point_tenderness", "cannot_tiptoe_on_one_leg", "gap_above_heel", "non_healing_sore", "fever",
        "pregnant_or_postpartum", "insulin_or_sulfonylurea", "family_history_sudden_death",
        "fluoroquinolone_antibiotic", "low_energy_availability", "previous_stress_fracture",
    ];

    public static IReadOnlyList<string> Locations { get; } =
    [
        "calf", "shin_front", "shin_outer", "back_of_knee", "ankle_inner", "ankle_front", "ankle_back",
        "foot_top", "foot_sole", "arch", "heel", "toes", "between_toes", "ball_of_foot", "whole_foot",
        "buttock_or_thigh", "shin_inner",
    ];

    public static IReadOnlyList<string> Conditions { get; } =
    [
        "exercise_associated_muscle_cramp", "foot_muscle_cramp", "nocturnal_leg_cramp", "shoe_compression",
        "plantar_fat_pad_atrophy", "chronic_exertional_compartment_syndrome", "tarsal_tunnel_syndrome",
        "superficial_peroneal_nerve_entrapment", "common_peroneal_nerve_palsy", "interdigital_neuroma",
        "lumbar_radiculopathy", "cauda_equina_syndrome", "ankle_impingement",
        "popliteal_artery_entrapment_syndrome", "peripheral_artery_disease", "acute_limb_ischemia",
        "peripheral_neuropathy", "medication_induced_cramps", "calf_muscle_strain", "deep_vein_thrombosis",
        "pulmonary_embolism", "acute_compartment_syndrome", "heat_exhaustion", "heat_stroke",
        "exercise_associated_hyponatremia", "exertional_rhabdomyolysis",

        // Version 2.
        "bone_stress_injury", "medial_tibial_stress_syndrome", "achilles_tendinopathy", "achilles_tendon_rupture",
        "plantar_fasciitis", "exertional_syncope", "lumbar_spinal_stenosis", "raynaud_phenomenon",
        "restless_legs_syndrome", "hypoglycemia",
    ];

    public static IReadOnlyList<string> Advice { get; } =
    [
        "stop_running", "stretch_calf", "stretch_foot", "massage_muscle", "ice", "heat", "loosen_laces",
        "shake_out_and_walk", "rest_then_walk", "rehydrate_electrolytes", "move_to_cool_place",
        "do_not_push_through_pain", "hydrate_daily", "electrolytes_long_runs", "mineral_rich_diet",
        "gradual_progression", "warm_up", "stretch_routine", "soleus_stretch", "eccentric_heel_drops",
        "anterior_tibialis_strengthening", "foot_strengthening", "ankle_strengthening", "foam_roll",
        "compression_gear", "proper_shoe_fit", "arch_support", "replace_worn_shoes", "cushioned_insoles",
        "lacing_technique", "softer_surfaces", "shorten_stride", "run_in_cooler_conditions",
        "review_medications", "see_doctor", "see_physiotherapist", "seek_care_within_24h",
        "go_to_emergency_department", "call_emergency_services", "avoid_massage_and_stretching",

        // Version 2.
        "cool_immediately", "stop_drinking_until_checked", "drink_to_thirst", "check_blood_glucose",
        "lie_down_legs_raised", "no_running_until_cleared", "rest_from_running", "tendon_loading_programme",
        "plantar_fascia_stretch", "keep_feet_warm", "supportive_footwear",
    ];
}
