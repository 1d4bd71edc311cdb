-- wrk script: POST one realistic case (a calf cramp late in a hot marathon) to /api/v1/assess.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"age":34,"sex":"male","facts":{"cramp":"yes","location":["calf"],"side":"one","onset_during_run":"yes","late_in_run":"yes","run_minutes":200,"hot_humid_weather":"yes","electrolytes_taken":"no","relieved_by_stretching":"yes","visible_muscle_knot":"yes"}}]]
